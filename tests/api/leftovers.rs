//! What remained of the portal, languages and finance issues: the public home's filter by
//! theme and office region (with the regions a call is meant for in the API), tranche
//! payments and travel dates among the upcoming deadlines and in the calendar feed.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use grantdesk::clock::Clock;
use serde_json::json;

use crate::portal::Browser;
use crate::portal_award::pending_award;
use crate::sponsorships::{decide, open_event, request};
use crate::support::{Actor, Answer, TestApp, call_body, spawn_app};

/// An open call with this title, themes and regions; answers its id.
async fn call_with(app: &TestApp, officer: &Actor, title: &str, themes: &[&str], regions: &[&str]) -> String {
    let mut body = call_body(app.clock.now());
    body["title"] = title.into();
    body["thematic_areas"] = json!(themes);
    body["regions"] = json!(regions);
    let created = app.post("/calls", &officer.token, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.id();
    let published = app.post_empty(&format!("/calls/{id}/publish"), &officer.token).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    id
}

/// The titles of the calls `GET /calls` answers for this query string.
async fn listed(app: &TestApp, query: &str) -> Vec<String> {
    let answer = app.get(&format!("/calls?{query}"), "").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    answer.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|call| call["title"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Three open calls: on youth for Central Asia, on human rights for every region, on
/// gender for the Sahel.
async fn three_calls(app: &TestApp) -> Actor {
    let officer = app.officer().await;
    call_with(
        app,
        &officer,
        "Youth voices in Central Asia",
        &["youth", "gender"],
        &["Central Asia"],
    )
    .await;
    call_with(app, &officer, "Rights everywhere", &["human_rights"], &[]).await;
    call_with(
        app,
        &officer,
        "Women mediators of the Sahel",
        &["gender"],
        &["The Sahel"],
    )
    .await;
    officer
}

#[tokio::test]
async fn a_call_names_the_office_regions_it_is_for_and_the_list_filters_by_region() {
    let app = spawn_app().await;
    let officer = three_calls(&app).await;

    let mut central = listed(&app, "region=Central%20Asia").await;
    central.sort();
    assert_eq!(central, ["Rights everywhere", "Youth voices in Central Asia"]);
    let sahel_on_gender = listed(&app, "region=The+Sahel&thematic_area=gender").await;
    assert_eq!(sahel_on_gender, ["Women mediators of the Sahel"]);
    let all = app.get("/calls", "").await;
    let items = all.body["items"].as_array().expect("items");
    let youth = items
        .iter()
        .find(|call| call["title"] == "Youth voices in Central Asia")
        .expect("the Central Asia call is listed");
    assert_eq!(youth["regions"], json!(["Central Asia"]), "{youth}");

    let unknown = app.get("/calls?region=Atlantis", "").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", unknown.text);
    assert_eq!(unknown.failing_fields(), ["region"]);
    assert!(
        unknown.text.contains("Central Asia"),
        "names the office's regions: {}",
        unknown.text
    );

    let mut body = call_body(app.clock.now());
    body["regions"] = json!(["Europe", "Atlantis", "Europe"]);
    let refused = app.post("/calls", &officer.token, body).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.failing_fields(), ["regions[1]", "regions[2]"]);

    let draft = app.draft_call(&officer).await;
    let changed = app
        .patch(
            &format!("/calls/{draft}"),
            &officer.token,
            json!({"regions": ["South Asia"]}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["regions"], json!(["South Asia"]));
    let french = app
        .raw(
            Request::builder()
                .uri("/api/v1/calls?region=Atlantide")
                .header(header::ACCEPT_LANGUAGE, "fr")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(
        french.text.contains("ne fait pas partie des régions du bureau"),
        "{}",
        french.text
    );
}

/// The home page as a visitor who is not signed in reads it.
async fn home(app: &TestApp, query: &str) -> Answer {
    let request = Request::builder()
        .uri(format!("/{query}"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(Body::empty())
        .unwrap();
    app.raw(request).await
}

fn shows(page: &Answer, titles: &[&str]) -> Vec<String> {
    titles
        .iter()
        .filter(|title| page.text.contains(&format!("<bdi>{title}</bdi>")))
        .map(|title| (*title).to_owned())
        .collect()
}

const TITLES: [&str; 3] = [
    "Youth voices in Central Asia",
    "Rights everywhere",
    "Women mediators of the Sahel",
];

#[tokio::test]
async fn the_home_page_filters_open_calls_by_theme_and_region_and_never_serves_one_filters_page_for_another() {
    let app = spawn_app().await;
    three_calls(&app).await;

    let everything = home(&app, "").await;
    assert_eq!(everything.status, StatusCode::OK);
    assert_eq!(shows(&everything, &TITLES), TITLES);
    assert!(
        everything
            .text
            .contains(r#"<form class="filter" method="get" action="/""#)
    );
    assert!(everything.text.contains(r#"<label for="theme">Theme</label>"#));
    assert!(
        everything
            .text
            .contains(r#"<option value="Central Asia">Central Asia</option>"#)
    );
    assert!(everything.text.contains("Open to organisations from every region"));

    // Each filter, asked twice in turn: the second time comes from memory, and must still
    // be that filter's page.
    for _ in 0..2 {
        let youth = home(&app, "?theme=youth").await;
        assert_eq!(shows(&youth, &TITLES), ["Youth voices in Central Asia"]);
        assert!(youth.text.contains(r#"<option value="youth" selected>Youth</option>"#));
        assert!(youth.text.contains("Showing calls for: Youth"));
        let sahel = home(&app, "?region=The+Sahel").await;
        assert_eq!(
            shows(&sahel, &TITLES),
            ["Rights everywhere", "Women mediators of the Sahel"]
        );
        let both = home(&app, "?theme=gender&region=Central%20Asia").await;
        assert_eq!(shows(&both, &TITLES), ["Youth voices in Central Asia"]);
        let none = home(&app, "?theme=pillar2_preventing_combating&region=Europe").await;
        assert!(shows(&none, &TITLES).is_empty());
        assert!(none.text.contains("No open call matches these filters."));
        let plain = home(&app, "").await;
        assert_eq!(shows(&plain, &TITLES), TITLES);
    }

    // Two spellings of one filter are one page; an empty or unknown choice is no filter.
    let one = home(&app, "?theme=youth&region=Central+Asia").await;
    let other = home(&app, "?region=Central%20Asia&theme=youth&utm_source=x").await;
    assert_eq!(one.headers[header::ETAG], other.headers[header::ETAG]);
    let unknown = home(&app, "?theme=astrology&region=Atlantis").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert_eq!(shows(&unknown, &TITLES), TITLES);
    assert_eq!(unknown.headers[header::ETAG], everything.headers[header::ETAG]);
    let twice = home(&app, "?theme=youth&theme=gender").await;
    assert_eq!(
        twice.status,
        StatusCode::OK,
        "a doubled field is read leniently, never a 500"
    );

    // In French, the regions and themes are named in French.
    let mut french = Browser::speaking(&app, "fr");
    let page = french.get("/?region=Central+Asia").await;
    assert!(
        page.text
            .contains(r#"<option value="Central Asia" selected>Asie centrale</option>"#)
    );
    assert!(page.text.contains("Régions"));
}

#[tokio::test]
async fn without_javascript_a_visitor_filters_the_home_page_by_theme_and_region_in_a_browser() {
    use crate::browser::{Browser as WebBrowser, browser_available};
    if !browser_available("without_javascript_a_visitor_filters_the_home_page_by_theme_and_region_in_a_browser") {
        return;
    }
    let app = spawn_app().await;
    three_calls(&app).await;
    let browser = WebBrowser::open(&app, false).await;
    browser.visit("/").await;
    let everything = browser.text().await;
    assert!(TITLES.iter().all(|title| everything.contains(title)), "{everything}");
    browser.select("Theme", "Gender equality").await;
    browser.select("Region", "Central Asia").await;
    browser.click("Apply filters").await;
    let path = browser.path().await;
    assert_eq!(path, "/?theme=gender&region=Central+Asia");
    let filtered = browser.text().await;
    assert!(filtered.contains("Youth voices in Central Asia"), "{filtered}");
    assert!(!filtered.contains("Rights everywhere"), "not on gender");
    assert!(
        !filtered.contains("Women mediators of the Sahel"),
        "not for Central Asia"
    );
    assert!(filtered.contains("Showing calls for: Gender equality"), "{filtered}");
    browser.click("Clear filters").await;
    let cleared = browser.text().await;
    assert!(TITLES.iter().all(|title| cleared.contains(title)), "{cleared}");
    browser.close().await;

    // The same filtered page with scripts on, for axe (which `visit` runs).
    let checked = WebBrowser::open(&app, true).await;
    checked.visit(&path).await;
    assert!(!checked.text().await.contains("Rights everywhere"));
    checked.close().await;
}

#[tokio::test]
async fn a_signed_in_reader_filters_the_home_page_too_and_their_page_is_not_kept() {
    let app = spawn_app().await;
    three_calls(&app).await;
    let member = app.applicant().await;
    let mut browser = Browser::new(&app);
    browser.sign_in(&member.email).await;
    let youth = browser.get("/?theme=youth").await;
    assert_eq!(shows(&youth, &TITLES), ["Youth voices in Central Asia"]);
    assert!(
        youth.headers.get(header::ETAG).is_none(),
        "a signed-in page is never kept"
    );
    let anonymous = home(&app, "?theme=youth").await;
    assert!(!anonymous.text.contains("csrf_token"), "nobody else's page is served");
}

/// The iCalendar text with folded lines joined again and commas unescaped.
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\\,", ",")
}

#[tokio::test]
async fn tranche_payments_expected_are_upcoming_deadlines_on_the_dashboard_and_in_the_feed() {
    let app = spawn_app().await;
    let (scene, _award) = pending_award(&app).await;
    let first = "Payment expected: tranche 1 of ";
    let mut browser = Browser::new(&app);
    browser.sign_in(&scene.member.email).await;
    let dashboard = browser.get("/portal").await;
    assert!(dashboard.text.contains(first), "{}", dashboard.text);
    assert!(dashboard.text.contains("14,700.00 EUR"), "60 % of 24,500.00 EUR");
    assert!(dashboard.text.contains("9,800.00 EUR"), "the second tranche");

    let feed = app.get("/me/deadlines.ics", &scene.member.token).await;
    assert_eq!(feed.status, StatusCode::OK);
    let feed = unfolded(&feed.text);
    assert!(feed.contains(first), "{feed}");
    assert!(feed.contains("UID:tranche-"));
    let french = unfolded(&app.get("/me/deadlines.ics?lang=fr", &scene.member.token).await.text);
    assert!(french.contains("Paiement prévu : tranche 1 de "), "{french}");
    assert!(french.contains("14\u{a0}700,00 EUR"), "{french}");

    let stranger = app.applicant().await;
    let theirs = unfolded(&app.get("/me/deadlines.ics", &stranger.token).await.text);
    assert!(
        !theirs.contains("tranche"),
        "another organisation's award is not in their feed"
    );
}

#[tokio::test]
async fn approved_travel_dates_are_upcoming_deadlines_and_a_refused_trip_is_not() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let approved = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let refused = request(&app, &event, "Omar Haddad", "male", "35-49").await;
    assert_eq!(decide(&app, &event, &approved, "approved").await.status, StatusCode::OK);
    assert_eq!(decide(&app, &event, &refused, "rejected").await.status, StatusCode::OK);

    let mut browser = Browser::new(&app);
    browser.sign_in(&event.member.email).await;
    let dashboard = browser.get("/portal").await;
    let arrival = "Arrival at Regional conference on preventing violent extremism: Amina Wanjiru";
    assert!(dashboard.text.contains(arrival), "{}", dashboard.text);
    assert!(dashboard.text.contains("Departure from Regional conference"));
    assert!(dashboard.text.contains(r#"datetime="2027-03-01""#));
    assert!(
        !dashboard.text.contains("extremism: Omar Haddad"),
        "a refused trip has no dates"
    );

    let feed = unfolded(&app.get("/me/deadlines.ics", &event.member.token).await.text);
    assert!(feed.contains(arrival), "{feed}");
    assert!(
        feed.contains("DTSTART;VALUE=DATE:20270304"),
        "the departure day: {feed}"
    );
    assert!(!feed.contains("Omar Haddad"));

    let russian = unfolded(&app.get("/me/deadlines.ics?lang=ru", &event.member.token).await.text);
    assert!(russian.contains("Прибытие на мероприятие"), "{russian}");
    let stranger = app.applicant().await;
    let theirs = unfolded(&app.get("/me/deadlines.ics", &stranger.token).await.text);
    assert!(!theirs.contains("Amina Wanjiru"));
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

#[tokio::test]
async fn a_latin_title_in_an_arabic_sentence_is_isolated_on_pages_but_emails_and_feeds_stay_clean() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let arabic = app
        .patch("/me", &scene.member.token, json!({"preferred_language": "ar"}))
        .await;
    assert_eq!(arabic.status, StatusCode::OK, "{}", arabic.text);
    let application = app.awardable(&scene).await;
    let decided = app
        .post(
            &format!("/applications/{application}/decision"),
            &scene.officer.token,
            crate::portal_award::award_decision(&app),
        )
        .await;
    let award = decided.body["award_id"].as_str().expect("award").to_owned();
    let reference = app.get(&format!("/awards/{award}"), &scene.member.token).await.body["reference"]
        .as_str()
        .expect("reference")
        .to_owned();

    let mut browser = Browser::speaking(&app, "ar");
    browser.sign_in(&scene.member.email).await;
    browser.get("/language/ar?back=%2Fportal").await;
    let page = browser.get(&format!("/portal/awards/{award}")).await;
    assert!(
        page.text.contains(&format!("المنحة {FSI}{reference}{PDI}")),
        "the reference is isolated inside the Arabic title: {}",
        page.text
    );
    let mut english = Browser::new(&app);
    english.sign_in(&scene.member.email).await;
    english.get("/language/en?back=%2Fportal").await;
    let page = english.get(&format!("/portal/awards/{award}")).await;
    assert!(page.text.contains(&reference));
    assert!(!page.text.contains(FSI), "a left-to-right page needs no marks");

    let (outbox, _) = grantdesk::reminders::store::list(&app.db, None, None, (500, 0))
        .await
        .expect("outbox");
    let to_member: Vec<_> = outbox
        .iter()
        .filter(|row| row.recipient == scene.member.email)
        .collect();
    assert!(!to_member.is_empty());
    for email in to_member {
        assert!(
            !email.subject.contains(FSI) && !email.body.contains(FSI),
            "an email carries no invisible marks: {}",
            email.subject
        );
    }
    let feed = unfolded(&app.get("/me/deadlines.ics?lang=ar", &scene.member.token).await.text);
    assert!(feed.contains(&reference), "{feed}");
    assert!(!feed.contains(FSI), "nor does a calendar feed");
}

#[tokio::test]
async fn the_arabic_dashboard_isolates_the_names_in_its_deadlines_and_the_feed_stays_clean() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    let trip = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    assert_eq!(decide(&app, &event, &trip, "approved").await.status, StatusCode::OK);
    let name = "Regional conference on preventing violent extremism";

    let mut arabic = Browser::speaking(&app, "ar");
    arabic.sign_in(&event.member.email).await;
    arabic.get("/language/ar?back=%2Fportal").await;
    let dashboard = arabic.get("/portal").await;
    assert!(dashboard.text.contains(r#"dir="rtl""#));
    assert!(
        dashboard.text.contains(&format!("{FSI}{name}{PDI}")),
        "the event's Latin name is isolated in the Arabic sentence: {}",
        dashboard.text
    );
    assert!(dashboard.text.contains(&format!("{FSI}Amina Wanjiru{PDI}")));

    let mut english = Browser::new(&app);
    english.sign_in(&event.member.email).await;
    english.get("/language/en?back=%2Fportal").await;
    let page = english.get("/portal").await;
    assert!(page.text.contains(&format!("Arrival at {name}: Amina Wanjiru")));
    assert!(!page.text.contains(FSI), "a left-to-right page needs no marks");
    let feed = unfolded(&app.get("/me/deadlines.ics?lang=ar", &event.member.token).await.text);
    assert!(feed.contains(name), "{feed}");
    assert!(!feed.contains(FSI), "a calendar feed carries no invisible marks");
}

/// A request in `language` with a bearer token and an optional JSON body.
async fn in_language(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    language: &str,
    body: Option<serde_json::Value>,
) -> Answer {
    let mut request = Request::builder()
        .method(method)
        .uri(format!("/api/v1{path}"))
        .header(header::ACCEPT_LANGUAGE, language);
    if !token.is_empty() {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let body = match body {
        Some(body) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(body.to_string())
        }
        None => Body::empty(),
    };
    app.raw(request.body(body).unwrap()).await
}

#[tokio::test]
async fn refusals_services_used_to_word_in_english_come_in_the_readers_language() {
    let app = spawn_app().await;
    let unknown = in_language(
        &app,
        "POST",
        "/auth/password-reset/confirm",
        "",
        "es",
        Some(json!({"token": "0".repeat(64), "new_password": "a long enough passphrase"})),
    )
    .await;
    assert_eq!(unknown.problem_type(), "link-invalid", "{}", unknown.text);
    assert!(
        unknown.detail().contains("este enlace no es válido"),
        "{}",
        unknown.text
    );

    let member = app.applicant().await;
    let organisation = app.organisation(&member).await;
    let invitee = app.applicant().await;
    app.join(&member, &organisation, &invitee).await;
    let token = app.invitation_token(&invitee.email).await;
    let again = in_language(
        &app,
        "POST",
        &format!("/invitations/{token}/accept"),
        &invitee.token,
        "fr",
        None,
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    assert!(
        again.detail().contains("l’invitation a déjà été acceptée"),
        "{}",
        again.text
    );

    let admin = app.admin().await;
    let roleless = json!({"email": "nobody@office.example", "full_name": "Nadia Karimova", "roles": []});
    let refused = in_language(&app, "POST", "/users", &admin.token, "ru", Some(roleless)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(refused.text.contains("нужна хотя бы одна роль"), "{}", refused.text);
}

#[tokio::test]
async fn a_tranche_waiting_for_its_report_names_the_report_in_arabic() {
    let app = spawn_app().await;
    let scene = app.scene().await;
    let award = app
        .active_award(&scene, crate::portal_award::award_decision(&app))
        .await;
    let tranches = app.get(&format!("/awards/{award}"), &scene.officer.token).await.body["tranches"].clone();
    let (requester, approver) = (app.finance().await, app.finance().await);
    let body = json!({
        "amount": "9800.00", "currency": "EUR", "tranche_id": tranches[1]["id"],
        "payee_reference": "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90",
    });
    let requested = app.request_disbursement(&requester, &award, "t2", body).await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.text);
    let path = format!("/disbursements/{}/approve", requested.id());
    let waiting = in_language(&app, "POST", &path, &approver.token, "ar", None).await;
    assert_eq!(waiting.problem_type(), "condition-not-met", "{}", waiting.text);
    assert!(
        waiting.detail().contains("التقرير السردي المرحلي"),
        "{}",
        waiting.detail()
    );
    assert!(waiting.detail().contains("لم يُقدَّم بعد"), "{}", waiting.detail());
    let english = in_language(&app, "POST", &path, &approver.token, "en", None).await;
    assert!(english.detail().contains("interim narrative report"));
}

#[tokio::test]
async fn representation_warnings_are_written_in_the_reports_language() {
    let app = spawn_app().await;
    let event = open_event(&app, "50000.00").await;
    for name in ["Omar Haddad", "Karim Nasser"] {
        let id = request(&app, &event, name, "male", "35-49").await;
        assert_eq!(decide(&app, &event, &id, "approved").await.status, StatusCode::OK);
    }
    let path = format!("/events/{}/representation", event.id);
    let french = app.get(&format!("{path}?lang=fr"), &event.officer.token).await;
    assert_eq!(french.status, StatusCode::OK, "{}", french.text);
    let warnings = french.body["warnings"].to_string();
    assert!(
        warnings.contains("les femmes représentent 0 % des voyageurs approuvés"),
        "{warnings}"
    );
    let csv = app
        .get(&format!("{path}?lang=fr&format=csv"), &event.officer.token)
        .await;
    assert!(csv.text.contains("en dessous de l’objectif de 40 %"), "{}", csv.text);
    let english = app.get(&path, &event.officer.token).await;
    assert!(
        english.body["warnings"]
            .to_string()
            .contains("women are 0% of approved travellers")
    );
    let member = app.get(&format!("{path}?lang=fr"), &event.member.token).await;
    assert_eq!(member.status, StatusCode::FORBIDDEN, "officers only");
}

#[tokio::test]
async fn french_elides_de_before_a_name_that_starts_with_a_vowel() {
    use grantdesk::i18n::{Language, Message};
    let title = |name: &str| {
        Message::new("portal-sponsorship-title")
            .with("traveller", name.to_owned())
            .render(Language::Fr)
    };
    assert_eq!(title("Aïcha Ben Salah"), "Prise en charge du voyage d’Aïcha Ben Salah");
    assert_eq!(title("Omar Haddad"), "Prise en charge du voyage d’Omar Haddad");
    assert_eq!(title("Wanjiru Amina"), "Prise en charge du voyage de Wanjiru Amina");
    assert_eq!(
        title("Молодёжный центр"),
        "Prise en charge du voyage de Молодёжный центр"
    );
    let organisation = Message::new("portal-apply-applying-for")
        .with("organisation", "Amal pour la paix")
        .render(Language::Fr);
    assert_eq!(organisation, "Vous déposez une demande au nom d’Amal pour la paix.");
}

/// An active award of 24,500.00 EUR without tranches, with 1,000.00 EUR and 500.00 USD
/// (at 0.9215) requested against it; answers a finance user.
pub(crate) async fn euro_and_dollar_payments(app: &TestApp) -> Actor {
    let scene = app.scene().await;
    let decision =
        json!({"outcome": "awarded", "reason": "A strong, safe and well-budgeted proposal.", "amount": "24500.00"});
    let award = app.active_award(&scene, decision).await;
    let finance = app.finance().await;
    let payee = "IBAN JO71 CBJO 0000 0000 0000 1234 5678 90";
    for (key, body) in [
        (
            "eur",
            json!({"amount": "1000.00", "currency": "EUR", "payee_reference": payee}),
        ),
        (
            "usd",
            json!({"amount": "500.00", "currency": "USD", "fx_rate": "0.9215", "payee_reference": payee}),
        ),
    ] {
        let answer = app.request_disbursement(&finance, &award, key, body).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    }
    finance
}

#[tokio::test]
async fn grand_totals_in_a_reporting_currency_name_each_rate_and_a_missing_rate_is_refused() {
    let app = spawn_app().await;
    let finance = euro_and_dollar_payments(&app).await;
    let today = app.clock.now().date_naive().to_string();

    let euros = app
        .get("/reports/disbursements?reporting_currency=EUR", &finance.token)
        .await;
    assert_eq!(euros.status, StatusCode::OK, "{}", euros.text);
    let totals = &euros.body["reporting_totals"];
    assert_eq!(totals["currency"], "EUR");
    assert_eq!(
        totals["amounts"]["requested"], "1460.75",
        "1000.00 + 500.00 x 0.9215: {totals}"
    );
    assert_eq!(totals["count"], 2);
    assert_eq!(totals["rates"].as_array().map(Vec::len), Some(1));
    assert_eq!(totals["rates"][0]["from"], "USD");
    assert_eq!(totals["rates"][0]["rate"], "0.9215");
    assert_eq!(totals["rates"][0]["source"], "payment");
    assert_eq!(totals["rates"][0]["date"], today);

    let dollars = app
        .get("/reports/disbursements?reporting_currency=USD", &finance.token)
        .await;
    let totals = &dollars.body["reporting_totals"];
    // 1000.00 EUR x (1 / 0.9215 = 1.0851871948) = 1085.19 USD, + 500.00 USD.
    assert_eq!(totals["amounts"]["requested"], "1585.19", "{totals}");
    assert_eq!(totals["rates"][0]["source"], "payment_inverse");

    let plain = app.get("/reports/disbursements", &finance.token).await;
    assert!(plain.body.get("reporting_totals").is_none());

    let pounds = app
        .get("/reports/disbursements?reporting_currency=GBP", &finance.token)
        .await;
    assert_eq!(pounds.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", pounds.text);
    assert_eq!(pounds.failing_fields(), ["reporting_currency"]);
    assert!(
        pounds.text.contains("no exchange rate from EUR to GBP"),
        "{}",
        pounds.text
    );

    let applicant = app.applicant().await;
    let refused = app
        .get("/reports/disbursements?reporting_currency=EUR", &applicant.token)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn month_groups_are_named_in_the_reports_language() {
    let app = spawn_app().await;
    let finance = euro_and_dollar_payments(&app).await;
    let english = app.get("/reports/disbursements", &finance.token).await;
    assert_eq!(english.body["totals"][0]["group"], "2026-11");
    assert_eq!(english.body["totals"][0]["label"], "November 2026");
    let french = app.get("/reports/disbursements?lang=fr", &finance.token).await;
    assert_eq!(french.body["totals"][0]["label"], "novembre 2026");
    let csv = app
        .get("/reports/disbursements?format=csv&lang=es", &finance.token)
        .await;
    assert!(csv.text.contains("noviembre de 2026"), "{}", csv.text);
    let chinese = app.get("/reports/disbursements?lang=zh", &finance.token).await;
    assert_eq!(chinese.body["totals"][0]["label"], "2026年11月");
}
