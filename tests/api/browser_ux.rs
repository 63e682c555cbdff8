//! What a user testing the product noticed, checked in a real browser: charts whose words
//! stay inside the picture in Arabic (right to left) and French (long words), and pages
//! that fit a phone's width.

use fantoccini::Locator;
use serde_json::Value;

use crate::browser::{Browser, browser_available};
use crate::sponsorships::{decide, open_event, open_event_of, request};
use crate::support::spawn_app;

/// The words of every chart on the page that stick out of their SVG's box, each with how
/// far (in CSS pixels, as drawn).
async fn chart_words_outside_their_box(browser: &Browser) -> Vec<String> {
    let outside = browser
        .client
        .execute(
            r#"const outside = [];
            for (const svg of document.querySelectorAll("svg.chart__svg")) {
              const box = svg.getBoundingClientRect();
              for (const text of svg.querySelectorAll("text")) {
                const r = text.getBoundingClientRect();
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
                  outside.push(text.textContent + " [" + Math.round(r.left - box.left) + ", " + Math.round(box.right - r.right) + "]");
                }
              }
            }
            return outside;"#,
            Vec::new(),
        )
        .await
        .expect("the script runs");
    outside
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// How many charts the page draws.
async fn charts_on_the_page(browser: &Browser) -> u64 {
    browser
        .client
        .execute(
            "return document.querySelectorAll('svg.chart__svg text').length;",
            Vec::new(),
        )
        .await
        .expect("the script runs")
        .as_u64()
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_and_french_every_chart_label_stays_inside_its_picture() {
    if !browser_available("in_arabic_and_french_every_chart_label_stays_inside_its_picture") {
        return;
    }
    let app = spawn_app().await;
    let event = open_event(&app, "3600.00").await;
    let approved = request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    request(&app, &event, "Brian Otieno", "male", "18-24").await;
    assert!(decide(&app, &event, &approved, "approved").await.status.is_success());
    let call = app.open_call(&event.officer).await;
    app.submitted_application(&event.member, &event.organisation, &call)
        .await;

    let browser = Browser::open(&app, true).await;
    browser.sign_in_as(&app, &event.officer).await;
    let pages = [
        format!("/staff/calls/{call}"),
        "/staff/events".to_owned(),
        format!("/staff/events/{}", event.id),
        format!(
            "/staff/events/{}/representation?min_women=60&min_young=30&max_region=90",
            event.id
        ),
    ];
    for language in ["ar", "fr"] {
        browser.visit(&format!("/language/{language}?back=/staff")).await;
        assert_eq!(browser.html_attribute("lang").await, language);
        for page in &pages {
            browser.visit(page).await;
            assert!(charts_on_the_page(&browser).await > 0, "{page} draws a chart");
            let outside = chart_words_outside_their_box(&browser).await;
            assert!(outside.is_empty(), "{language} {page}: {outside:?}");
        }
    }
    browser.visit("/language/ar?back=/").await;
    browser.visit(&format!("/calls/{call}")).await;
    let ends = browser
        .client
        .execute(
            r#"const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode, text = node.textContent, dash = text.indexOf(" \u2013 ");
              if (dash < 0 || !/[0-9]/.test(text)) continue;
              const from = document.createRange(), to = document.createRange();
              from.setStart(node, 0); from.setEnd(node, dash);
              to.setStart(node, dash + 3); to.setEnd(node, text.length);
              return [from.getBoundingClientRect().left, to.getBoundingClientRect().left, text];
            }
            return null;"#,
            Vec::new(),
        )
        .await
        .expect("the script runs");
    let (from, to) = (
        ends[0].as_f64().unwrap_or_default(),
        ends[1].as_f64().unwrap_or_default(),
    );
    assert!(
        from > to,
        "in Arabic the smallest grant is read first, on the right: {ends}"
    );
    browser.visit("/language/fr?back=/").await;
    browser
        .visit(&format!(
            "/staff/events/{}/representation?min_women=60&min_young=30&max_region=90",
            event.id
        ))
        .await;
    let drawn = browser
        .client
        .execute(
            "return [...document.querySelectorAll('svg.chart__svg text')].map(text => text.textContent).join(' | ');",
            Vec::new(),
        )
        .await
        .expect("the script runs");
    let drawn = drawn.as_str().unwrap_or_default();
    assert!(
        drawn.contains("100,00 % (1 sur 1)"),
        "French writes a decimal comma: {drawn}"
    );
    assert!(!drawn.contains("100.00"), "{drawn}");
    browser.close().await;
}

/// A figure the page's script answers.
async fn measure(browser: &Browser, script: &str) -> f64 {
    browser
        .client
        .execute(script, Vec::new())
        .await
        .expect("the script runs")
        .as_f64()
        .unwrap_or(f64::NAN)
}

/// The page's width and the width of its content, which is wider when the page scrolls
/// sideways.
async fn page_widths(browser: &Browser) -> (f64, f64) {
    (
        measure(browser, "return document.documentElement.clientWidth;").await,
        measure(browser, "return document.documentElement.scrollWidth;").await,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_no_page_scrolls_sideways_and_wide_tables_scroll_in_their_own_region() {
    if !browser_available("on_a_phone_no_page_scrolls_sideways_and_wide_tables_scroll_in_their_own_region") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    let award = app
        .active_award(&scene, crate::staff_finance::award_decision(&app))
        .await;
    let event = open_event_of(&app, "3600.00", scene.member.clone()).await;
    request(&app, &event, "Amina Wanjiru", "female", "25-34").await;
    let elsewhere = app.scene().await;
    let reviewer = app.reviewer().await;
    app.under_review(&elsewhere, &reviewer).await;

    let browser = Browser::open(&app, true).await;
    browser.client.set_window_size(390, 844).await.expect("a phone's width");
    browser.sign_in_as(&app, &scene.member).await;
    for page in [
        "/portal".to_owned(),
        format!("/portal/awards/{award}"),
        "/portal/settings".to_owned(),
    ] {
        browser.visit(&page).await;
        let (width, content) = page_widths(&browser).await;
        assert!(width <= 390.0, "the window is a phone's: {width}");
        assert!(content <= width, "{page} scrolls sideways: {content} > {width}");
    }
    browser.switch_to(&app, &reviewer).await;
    browser.visit("/staff/reviews").await;
    let (width, content) = page_widths(&browser).await;
    assert!(content <= width, "/staff/reviews scrolls sideways: {content} > {width}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_scoring_page_sits_in_the_same_column_as_the_header() {
    if !browser_available("the_scoring_page_sits_in_the_same_column_as_the_header") {
        return;
    }
    let app = spawn_app().await;
    let scene = app.scene().await;
    let reviewer = app.reviewer().await;
    app.under_review(&scene, &reviewer).await;
    let browser = Browser::open(&app, true).await;
    browser.client.set_window_size(1280, 1000).await.expect("a wide window");
    browser.sign_in_as(&app, &reviewer).await;
    browser.visit("/staff/reviews").await;
    browser
        .client
        .find(Locator::Css("a[href^='/staff/reviews/']"))
        .await
        .expect("the assignment's link")
        .click()
        .await
        .expect("opens");
    browser.check_accessibility().await;
    assert!(
        browser.text().await.contains("Score the application"),
        "{}",
        browser.text().await
    );
    let edge = |selector: &str, side: &str| {
        format!("return document.querySelector('{selector}').getBoundingClientRect().{side};")
    };
    for side in ["left", "right"] {
        let header = measure(&browser, &edge(".header__inner", side)).await;
        let main = measure(&browser, &edge(".main", side)).await;
        assert!(
            (header - main).abs() < 1.0,
            "{side}: the header at {header}, the page at {main}"
        );
    }
    browser.close().await;
}
