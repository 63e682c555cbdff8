//! The admins' pages of the staff workspace over HTTP: staff users (invitation through a
//! real email, roles, deactivation ending every session, no self-deactivation), the
//! sanctions list (a bad file changes nothing, a good one replaces the list) and the outbox
//! (a failed message tried again is queued, then delivered, from the page or through
//! `POST /api/v1/admin/outbox/{id}/retry`); the last sign-in kept after the sessions end; who may
//! open them.

use axum::http::StatusCode;
use grantdesk::auth::Role;
use grantdesk::clock::Clock;
use sea_orm::{ConnectionTrait, Statement};

use crate::accounts::{app_with_mail, link_token, mails_to};
use crate::portal::{Browser, csrf_token, location};
use crate::support::{TestApp, form, page, refused_to, spawn_app, upload};

/// The admins' pages.
const PAGES: [&str; 3] = ["/staff/users", "/staff/sanctions", "/staff/outbox"];

/// The workspace home's link to `page` (its slashes escaped as the template writes them).
fn link(page: &str) -> String {
    format!(r#"href="{}""#, page.replace('/', "&#x2f;"))
}

/// A list in the Consolidated List's format with two entries.
pub(crate) const TWO_ENTRY_LIST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-11-27T00:00:00Z">
<INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>FICTIONAL</FIRST_NAME><SECOND_NAME>PERSON</SECOND_NAME></INDIVIDUAL></INDIVIDUALS>
<ENTITIES><ENTITY><DATAID>2</DATAID><FIRST_NAME>FICTIONAL FRONT COMPANY</FIRST_NAME></ENTITY></ENTITIES>
</CONSOLIDATED_LIST>"#;

/// Runs SQL against the test database (arranging what the product does over days).
async fn execute(app: &TestApp, sql: &str) {
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .unwrap_or_else(|error| panic!("{sql}: {error}"));
}

/// The status of the outbox's only message to `email`.
async fn outbox_status(app: &TestApp, email: &str) -> String {
    let (rows, _) = grantdesk::reminders::store::list(&app.db, None, None, (500, 0))
        .await
        .expect("outbox");
    let row = rows
        .iter()
        .find(|row| row.recipient == email)
        .unwrap_or_else(|| panic!("a message to {email}"));
    row.status.as_str().to_owned()
}

/// A browser signed in as a new admin, and the admin.
async fn admin_browser(app: &TestApp) -> (Browser<'_>, crate::support::Actor) {
    let admin = app.admin().await;
    let mut browser = Browser::new(app);
    browser.sign_in_as(&admin).await;
    (browser, admin)
}

#[tokio::test]
async fn the_pages_are_for_admins_only_and_the_workspace_lists_them() {
    let app = spawn_app().await;
    let member = app.reviewer().await;
    let message = app.applicant().await;
    let (rows, _) = grantdesk::reminders::store::list(&app.db, None, None, (500, 0))
        .await
        .expect("outbox");
    let message = rows
        .iter()
        .find(|row| row.recipient == message.email)
        .expect("the applicant's verification email")
        .id;
    let user = format!("/staff/users/{}", member.id);
    let mut visits = PAGES.map(page).to_vec();
    visits.extend([
        form("/staff/users"),
        page(&user),
        form(format!("{user}/roles")),
        page(format!("{user}/deactivate")),
        form(format!("{user}/deactivate")),
        form(format!("{user}/reactivate")),
        upload("/staff/sanctions"),
        form(format!("/staff/outbox/{message}/retry")),
    ]);
    refused_to(&app, &[Role::Admin], &visits).await;
    for role in [Role::Officer, Role::Finance, Role::Reviewer] {
        let someone = app.user(&[role]).await;
        let mut browser = Browser::new(&app);
        browser.sign_in_as(&someone).await;
        let home = browser.get("/staff").await.text;
        assert!(home.contains(&link("/staff/audit")) || role != Role::Officer, "{home}");
        for page in PAGES {
            assert!(!home.contains(&link(page)), "{role:?} {page}");
        }
    }
    let mut visitor = Browser::new(&app);
    assert_eq!(
        location(&visitor.get("/staff/users").await),
        "/sign-in?next=%2Fstaff%2Fusers"
    );
    let (mut browser, _) = admin_browser(&app).await;
    let home = browser.get("/staff").await.text;
    for page in PAGES {
        assert!(home.contains(&link(page)), "{page} in {home}");
        assert_eq!(browser.get(page).await.status, StatusCode::OK, "{page}");
    }
    let unknown = uuid::Uuid::new_v4();
    assert_eq!(
        browser.get(&format!("/staff/users/{unknown}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_users_page_shows_each_staff_members_roles_state_two_factor_and_last_sign_in() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let applicant = app.applicant().await;
    let (mut browser, admin) = admin_browser(&app).await;
    let page = browser.get("/staff/users").await.text;
    assert!(page.contains(&officer.email), "{page}");
    assert!(page.contains(&admin.email), "{page}");
    assert!(!page.contains(&applicant.email), "applicants are not staff: {page}");
    let row = |email: &str| {
        let start = page.find(email).expect("the row");
        page[start..].split("</tr>").next().expect("row").to_owned()
    };
    assert!(row(&officer.email).contains("Grant officer"), "{}", row(&officer.email));
    assert!(
        row(&officer.email).contains("Not set up"),
        "officers sign in with a password alone"
    );
    assert!(row(&admin.email).contains("Administrator"));
    assert!(row(&admin.email).contains("Set up"), "{}", row(&admin.email));
    assert!(
        row(&admin.email).contains("<time"),
        "the admin signed in: {}",
        row(&admin.email)
    );
    assert!(row(&officer.email).contains("Active"));
}

#[tokio::test]
async fn an_invited_member_of_staff_gets_a_real_email_chooses_a_password_and_signs_in() {
    let (app, server) = app_with_mail().await;
    let (mut browser, admin) = admin_browser(&app).await;
    let email = "samira.haddad@office.example";
    let page = browser.get("/staff/users").await;
    let token = csrf_token(&page.text);
    let fields = [
        ("csrf_token", token.as_str()),
        ("email", email),
        ("full_name", "Samira Haddad"),
        ("roles", "officer"),
        ("roles", "reviewer"),
    ];
    let invited = browser.post_form("/staff/users", &fields).await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.text);
    let listed = browser.get(location(&invited)).await.text;
    assert!(listed.contains("The invitation was sent"), "{listed}");
    assert!(listed.contains(email));
    let mails = mails_to(&app, &server, email).await;
    assert_eq!(mails.len(), 1, "one email through the outbox");
    assert!(mails[0].text().contains("choose a password"), "{}", mails[0].text());
    assert_eq!(outbox_status(&app, email).await, "sent");
    let link_token = link_token(&app, &server, email, "/reset-password").await;
    let mut invitee = Browser::new(&app);
    let link = format!("/reset-password?token={link_token}");
    let fields = [
        ("token", link_token.as_str()),
        ("new_password", "Samira's own passphrase"),
    ];
    let chosen = invitee.fill(&link, "/reset-password", &fields).await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.text);
    let signed_in = invitee
        .fill(
            "/sign-in",
            "/sign-in",
            &[("email", email), ("password", "Samira's own passphrase")],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.text);
    assert!(invitee.get("/staff").await.text.contains("Eligibility screening"));
    let listed = app.get("/users?role=reviewer&limit=500", &admin.token).await;
    let user = listed.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|user| user["email"] == email)
        .cloned()
        .unwrap_or_else(|| panic!("{email} in {}", listed.text));
    assert_eq!(user["roles"], serde_json::json!(["officer", "reviewer"]));
    assert_eq!(user["active"], true);
}

#[tokio::test]
async fn a_refused_invitation_shows_every_problem_and_creates_no_account() {
    let app = spawn_app().await;
    let (mut browser, _) = admin_browser(&app).await;
    let officer = app.officer().await;
    let before = app.count("users").await;
    let refused = browser
        .fill(
            "/staff/users",
            "/staff/users",
            &[("email", "not an address"), ("full_name", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "There is a problem",
        "Enter an email address in the correct format",
        "Enter their full name",
        "Select at least one role",
    ] {
        assert!(refused.text.contains(message), "{message}: {}", refused.text);
    }
    assert!(refused.text.contains(r##"href="#roles""##));
    let taken = browser
        .fill(
            "/staff/users",
            "/staff/users",
            &[
                ("email", &officer.email),
                ("full_name", "Someone"),
                ("roles", "finance"),
            ],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", taken.text);
    assert!(taken.text.contains("There is a problem"));
    assert_eq!(app.count("users").await, before);
}

#[tokio::test]
async fn a_role_changed_on_the_users_page_is_what_the_api_then_reports() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let (mut browser, admin) = admin_browser(&app).await;
    let page = format!("/staff/users/{}", officer.id);
    let shown = browser.get(&page).await;
    assert!(shown.text.contains(&officer.email));
    assert!(shown.text.contains(r#"value="officer" checked"#), "{}", shown.text);
    let changed = browser
        .fill(
            &page,
            &format!("{page}/roles"),
            &[("roles", "finance"), ("roles", "reviewer")],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.text);
    assert!(
        browser
            .get(location(&changed))
            .await
            .text
            .contains("The roles were changed")
    );
    let listed = app.get("/users?role=finance", &admin.token).await;
    let user = listed.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|user| user["email"] == officer.email.as_str())
        .cloned()
        .expect("the officer now in finance");
    assert_eq!(user["roles"], serde_json::json!(["reviewer", "finance"]));
    let none = browser.fill(&page, &format!("{page}/roles"), &[]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.text.contains("at least one role is needed"), "{}", none.text);
}

#[tokio::test]
async fn a_deactivated_users_sessions_end_and_stay_ended_after_reactivation() {
    let app = spawn_app().await;
    let officer = app.officer().await;
    let mut officers_browser = Browser::new(&app);
    officers_browser.sign_in_as(&officer).await;
    assert_eq!(officers_browser.get("/staff/calls").await.status, StatusCode::OK);
    let (mut browser, _) = admin_browser(&app).await;
    let page = format!("/staff/users/{}", officer.id);
    let confirm = browser.get(&format!("{page}/deactivate")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.text.contains("every session they have ends now"),
        "{}",
        confirm.text
    );
    let deactivated = browser
        .fill(&format!("{page}/deactivate"), &format!("{page}/deactivate"), &[])
        .await;
    assert_eq!(deactivated.status, StatusCode::SEE_OTHER, "{}", deactivated.text);
    let shown = browser.get(location(&deactivated)).await.text;
    assert!(shown.contains("The account was deactivated"), "{shown}");
    assert!(shown.contains("Deactivated"));
    assert!(location(&officers_browser.get("/staff/calls").await).starts_with("/sign-in"));
    assert_eq!(
        app.get("/me", &officer.token).await.status,
        StatusCode::UNAUTHORIZED,
        "the API's token stops working too"
    );
    let reactivated = browser.fill(&page, &format!("{page}/reactivate"), &[]).await;
    assert_eq!(reactivated.status, StatusCode::SEE_OTHER, "{}", reactivated.text);
    assert!(
        location(&officers_browser.get("/staff/calls").await).starts_with("/sign-in"),
        "the old session does not come back with the account"
    );
    let refreshed = app
        .post(
            "/auth/refresh",
            "",
            serde_json::json!({"refresh_token": officer.refresh_token}),
        )
        .await;
    assert_eq!(refreshed.status, StatusCode::UNAUTHORIZED);
    officers_browser.sign_in_as(&officer).await;
    assert_eq!(officers_browser.get("/staff/calls").await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_admin_cannot_deactivate_themself_and_is_told_why() {
    let app = spawn_app().await;
    let (mut browser, admin) = admin_browser(&app).await;
    let page = format!("/staff/users/{}", admin.id);
    let own = browser.get(&page).await.text;
    assert!(!own.contains("Deactivate account"), "no button on one's own page");
    assert!(own.contains("You cannot deactivate your own account"));
    let refused = browser.fill(&page, &format!("{page}/deactivate"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("There is a problem"));
    assert!(
        refused
            .text
            .contains("You cannot deactivate your own account: another administrator does"),
        "{}",
        refused.text
    );
    let dropped = browser
        .fill(&page, &format!("{page}/roles"), &[("roles", "officer")])
        .await;
    assert_eq!(dropped.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        dropped.text.contains("an admin does not remove their own admin role"),
        "{}",
        dropped.text
    );
    assert_eq!(
        browser.get("/staff/users").await.status,
        StatusCode::OK,
        "still an admin"
    );
}

#[tokio::test]
async fn a_bad_sanctions_file_changes_nothing_and_a_good_one_replaces_the_list() {
    let app = spawn_app().await;
    let (mut browser, _) = admin_browser(&app).await;
    let empty = browser.get("/staff/sanctions").await.text;
    assert!(empty.contains("No list loaded yet"), "{empty}");
    let sample = TestApp::sample_list();
    let token = csrf_token(&empty);
    let loaded = browser
        .post_file(
            "/staff/sanctions",
            &[("csrf_token", &token)],
            ("consolidated.xml", sample.as_bytes()),
        )
        .await;
    assert_eq!(loaded.status, StatusCode::SEE_OTHER, "{}", loaded.text);
    let page = browser.get(location(&loaded)).await.text;
    assert!(page.contains("The new list was loaded"));
    assert!(page.contains(r#"<dd id="entry-count">30</dd>"#), "{page}");
    assert!(page.contains("Test admin"), "who loaded it: {page}");
    assert!(
        page.contains(r#"<dd id="list-source"><bdi>consolidated.xml</bdi></dd>"#),
        "the file's name is the source: {page}"
    );
    for (name, bytes) in [
        ("list.xml", b"<CONSOLIDATED_LIST><INDIVIDUALS>".as_slice()),
        ("list.xml", b"<OTHER_LIST/>".as_slice()),
        ("list.xml", b"\xff\xfe not text".as_slice()),
    ] {
        let refused = browser
            .post_file("/staff/sanctions", &[("csrf_token", &token)], (name, bytes))
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
        assert!(refused.text.contains("There is a problem"));
        assert!(
            refused.text.contains("is not a readable Consolidated List"),
            "{}",
            refused.text
        );
        assert!(refused.text.contains(r#"<dd id="entry-count">30</dd>"#), "unchanged");
    }
    let none = browser
        .post_file("/staff/sanctions", &[("csrf_token", &token)], ("", b""))
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.text.contains("Choose the list"), "{}", none.text);
    let forged = browser
        .post_file(
            "/staff/sanctions",
            &[("csrf_token", "forged")],
            ("list.xml", TWO_ENTRY_LIST.as_bytes()),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let replaced = browser
        .post_file(
            "/staff/sanctions",
            &[("csrf_token", &token)],
            ("list.xml", TWO_ENTRY_LIST.as_bytes()),
        )
        .await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER, "{}", replaced.text);
    let page = browser.get("/staff/sanctions").await.text;
    assert!(page.contains(r#"<dd id="entry-count">2</dd>"#), "{page}");
    assert!(
        page.contains(r#"<dd id="list-source"><bdi>list.xml</bdi></dd>"#),
        "{page}"
    );
    let officer = app.officer().await;
    let status = app.get("/sanctions", &officer.token).await;
    assert_eq!(status.body["entries"], 2);
    assert_eq!(status.body["source"], "list.xml");
}

#[tokio::test]
async fn the_api_names_the_lists_source_from_its_file_name_or_its_declared_schema() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let officer = app.officer().await;
    let import = |query: &'static str| {
        let request = axum::http::Request::builder()
            .method(axum::http::Method::POST)
            .uri(format!("/api/v1/sanctions/import{query}"))
            .header(axum::http::header::AUTHORIZATION, format!("Bearer {}", admin.token))
            .header(axum::http::header::CONTENT_TYPE, "application/xml")
            .body(axum::body::Body::from(TestApp::sample_list()))
            .expect("request");
        app.raw(request)
    };
    let unnamed = import("").await;
    assert_eq!(unnamed.status, StatusCode::OK, "{}", unnamed.text);
    let declared = "https://scsanctions.un.org/resources/xml/en/consolidated.xsd";
    assert_eq!(unnamed.body["source"], declared);
    assert_eq!(app.get("/sanctions", &officer.token).await.body["source"], declared);

    let named = import("?file_name=consolidated-2026-11-20.xml").await;
    assert_eq!(named.status, StatusCode::OK, "{}", named.text);
    assert_eq!(named.body["source"], "consolidated-2026-11-20.xml");
    let refused = import("?file_name=..%2Fetc%2Flist.xml").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.body["errors"][0]["field"], "file_name");
    let status = app.get("/sanctions", &officer.token).await;
    assert_eq!(
        status.body["source"], "consolidated-2026-11-20.xml",
        "a refused import changes nothing"
    );

    let (mut browser, _) = admin_browser(&app).await;
    let page = browser.get("/staff/sanctions").await.text;
    assert!(
        page.contains(r#"<dd id="list-source"><bdi>consolidated-2026-11-20.xml</bdi></dd>"#),
        "{page}"
    );
}

#[tokio::test]
async fn a_failed_message_tried_again_is_queued_then_delivered() {
    let (app, server) = app_with_mail().await;
    let (mut browser, admin) = admin_browser(&app).await;
    let email = "karim.benali@office.example";
    let invited = browser
        .fill(
            "/staff/users",
            "/staff/users",
            &[("email", email), ("full_name", "Karim Benali"), ("roles", "finance")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.text);
    execute(
        &app,
        &format!(
            "UPDATE outbox SET status = 'failed', attempts = 8, last_error = '550 mailbox unavailable' WHERE recipient = '{email}'"
        ),
    )
    .await;
    let failed = browser.get("/staff/outbox?status=failed").await.text;
    assert!(failed.contains(email), "{failed}");
    assert!(failed.contains("Last error: 550 mailbox unavailable"), "{failed}");
    assert!(failed.contains("Try again"));
    assert!(!failed.contains(&admin.email), "filtered to failed messages");
    let action = failed
        .split(r#"action="/staff/outbox/"#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|rest| format!("/staff/outbox/{rest}"))
        .expect("the retry form");
    let forged = browser
        .post_form(&action, &[("csrf_token", "forged"), ("status", "failed")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(outbox_status(&app, email).await, "failed");
    let token = csrf_token(&failed);
    let retried = browser
        .post_form(&action, &[("csrf_token", &token), ("status", "failed")])
        .await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER, "{}", retried.text);
    assert!(
        browser
            .get(location(&retried))
            .await
            .text
            .contains("The message is queued again")
    );
    let queued = browser.get("/staff/outbox?status=queued").await.text;
    assert!(queued.contains(email), "{queued}");
    assert_eq!(outbox_status(&app, email).await, "queued");
    let again = browser
        .post_form(&action, &[("csrf_token", &token), ("status", "queued")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .text
            .contains("Only a message whose delivery failed can be tried again")
    );
    let mails = mails_to(&app, &server, email).await;
    assert_eq!(mails.len(), 1, "delivered by the delivery job");
    assert_eq!(outbox_status(&app, email).await, "sent");
    let sent = browser.get("/staff/outbox?status=sent").await.text;
    assert!(sent.contains(email) && !sent.contains("Try again"), "{sent}");
}

#[tokio::test]
async fn the_admins_pages_speak_french() {
    let app = spawn_app().await;
    let (mut browser, _) = admin_browser(&app).await;
    browser.get("/language/fr?back=%2Fstaff").await;
    let page = browser.get("/staff/outbox").await.text;
    assert!(page.contains("Boîte d’envoi"), "{page}");
    assert!(page.contains("Tous les messages"), "{page}");
    let users = browser.get("/staff/users").await.text;
    assert!(users.contains("Inviter un membre du personnel"), "{users}");
}

/// When `GET /users` (admins) says `who` last signed in.
async fn last_sign_in_of(app: &TestApp, admin: &crate::support::Actor, who: &crate::support::Actor) -> Option<String> {
    let listed = app.get("/users?limit=500", &admin.token).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    let items = listed.body["items"].as_array().expect("items");
    let item = items
        .iter()
        .find(|item| item["id"] == who.id.to_string())
        .unwrap_or_else(|| panic!("{} in {items:?}", who.email));
    item["last_sign_in_at"].as_str().map(str::to_owned)
}

/// An instant as the API writes it.
fn written(at: chrono::DateTime<chrono::Utc>) -> String {
    serde_json::to_value(at)
        .expect("instant")
        .as_str()
        .expect("text")
        .to_owned()
}

#[tokio::test]
async fn the_last_sign_in_is_kept_after_the_sessions_end_and_only_a_completed_sign_in_counts() {
    let app = spawn_app().await;
    let (mut browser, admin) = admin_browser(&app).await;
    // Signed in through the API, with the authenticator code finance needs.
    let finance = app.finance().await;
    let through_api = written(app.clock.now());
    assert_eq!(last_sign_in_of(&app, &admin, &finance).await, Some(through_api.clone()));

    // A right password still waiting for its code is no sign-in, in the API or the portal.
    app.clock.advance(chrono::Duration::hours(3));
    let admin = app.signed_in_again(&admin).await;
    let body = serde_json::json!({"email": finance.email, "password": crate::support::PASSWORD});
    let waiting = app.post("/auth/login", "", body).await;
    assert_eq!(waiting.body["mfa_required"], true, "{}", waiting.text);
    let mut theirs = Browser::new(&app);
    let step = theirs.sign_in(&finance.email).await;
    assert!(step.text.contains(r#"action="/sign-in/code""#), "{}", step.text);
    assert_eq!(last_sign_in_of(&app, &admin, &finance).await, Some(through_api));

    // The code completes the portal's sign-in.
    app.clock.advance(chrono::Duration::minutes(5));
    let signed_in = theirs.sign_in_as(&finance).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.text);
    let in_portal = app.clock.now();
    assert_eq!(last_sign_in_of(&app, &admin, &finance).await, Some(written(in_portal)));

    // Every session lapses and is pruned, and the API's are forgotten too.
    app.clock.advance(chrono::Duration::hours(13));
    grantdesk::sessions::service::prune(&app.db, app.clock.now())
        .await
        .expect("pruned");
    execute(&app, "DELETE FROM refresh_tokens").await;
    assert_eq!(
        browser.get("/staff/users").await.status,
        StatusCode::SEE_OTHER,
        "the admin's own session lapsed"
    );
    browser.sign_in_as(&admin).await;
    let page = browser.get("/staff/users").await.text;
    let start = page.find(&finance.email).expect("the finance user's row");
    let row = page[start..].split("</tr>").next().expect("row");
    let iso = in_portal.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    assert!(row.contains(&format!(r#"<time datetime="{iso}">"#)), "{row}");
    let admin = app.signed_in_again(&admin).await;
    assert_eq!(last_sign_in_of(&app, &admin, &finance).await, Some(written(in_portal)));
    let user_page = browser.get(&format!("/staff/users/{}", finance.id)).await.text;
    assert!(
        user_page.contains(&format!(r#"<time datetime="{iso}">"#)),
        "{user_page}"
    );
}

/// A staff account invited by `admin` whose set-password email failed to be delivered;
/// answers the message's id.
async fn failed_invitation(app: &TestApp, admin: &crate::support::Actor, email: &str) -> String {
    let body = serde_json::json!({"email": email, "full_name": "Karim Benali", "roles": ["finance"]});
    let invited = app.post("/users", &admin.token, body).await;
    assert_eq!(invited.status, StatusCode::CREATED, "{}", invited.text);
    execute(
        app,
        &format!(
            "UPDATE outbox SET status = 'failed', attempts = 8, last_error = '550 mailbox unavailable' WHERE recipient = '{email}'"
        ),
    )
    .await;
    let failed = app.get("/admin/outbox?status=failed", &admin.token).await;
    let items = failed.body["items"].as_array().expect("items");
    let message = items
        .iter()
        .find(|item| item["recipient"] == email)
        .unwrap_or_else(|| panic!("the failed message in {items:?}"));
    message["id"].as_str().expect("id").to_owned()
}

#[tokio::test]
async fn an_admin_retries_a_failed_message_through_the_api_and_nothing_else() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let email = "karim.benali@office.example";
    let id = failed_invitation(&app, &admin, email).await;
    let path = format!("/admin/outbox/{id}/retry");

    for someone in [app.officer().await, app.finance().await, app.applicant().await] {
        let refused = app.post_empty(&path, &someone.token).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
        assert!(refused.is_problem());
    }
    assert_eq!(app.post_empty(&path, "").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(outbox_status(&app, email).await, "failed");

    let unknown = app
        .post_empty(&format!("/admin/outbox/{}/retry", uuid::Uuid::new_v4()), &admin.token)
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND, "{}", unknown.text);
    assert!(unknown.is_problem());

    let retried = app.post_empty(&path, &admin.token).await;
    assert_eq!(retried.status, StatusCode::OK, "{}", retried.text);
    assert_eq!(retried.body["status"], "queued");
    assert_eq!(retried.body["id"], id);
    assert_eq!(outbox_status(&app, email).await, "queued");

    let again = app.post_empty(&path, &admin.token).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    assert_eq!(again.problem_type(), "invalid-transition", "{}", again.text);
    assert!(
        again
            .detail()
            .contains("Only a message whose delivery failed can be tried again"),
        "{}",
        again.text
    );
    let audited = app.audit_actions(&id).await;
    assert_eq!(
        audited.iter().filter(|action| *action == "outbox.retried").count(),
        1,
        "a refused retry writes nothing: {audited:?}"
    );
}
