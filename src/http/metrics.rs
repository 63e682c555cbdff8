//! Prometheus metrics: request counts and latency histograms by method, route template
//! and status, rendered as Prometheus text at `/metrics`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// Upper bounds of the latency histogram buckets, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct SeriesKey {
    method: String,
    route: String,
    status: u16,
}

#[derive(Debug, Default, Clone)]
struct Series {
    count: u64,
    sum_seconds: f64,
    buckets: [u64; BUCKETS.len()],
}

/// How long the outbox counts are reused between scrapes, so that `/metrics` cannot keep
/// the database busy.
const OUTBOX_COUNTS_TTL: std::time::Duration = std::time::Duration::from_secs(5);

/// The in-process registry of request metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<SeriesKey, Series>>,
    outbox: Mutex<Option<(Instant, String)>>,
}

impl Metrics {
    /// Records one answered request.
    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let key = SeriesKey {
            method: method.to_owned(),
            route: route.to_owned(),
            status,
        };
        let mut series = self.series.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let entry = series.entry(key).or_default();
        entry.count += 1;
        entry.sum_seconds += seconds;
        for (bucket, bound) in entry.buckets.iter_mut().zip(BUCKETS) {
            if seconds <= bound {
                *bucket += 1;
            }
        }
    }

    /// The registry in Prometheus text exposition format.
    pub fn render(&self) -> String {
        let series = self.series.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut out = String::new();
        out.push_str("# HELP grantdesk_http_requests_total HTTP requests answered.\n");
        out.push_str("# TYPE grantdesk_http_requests_total counter\n");
        for (key, value) in series.iter() {
            let _ = writeln!(out, "grantdesk_http_requests_total{{{}}} {}", labels(key), value.count);
        }
        out.push_str("# HELP grantdesk_http_request_duration_seconds Time to answer HTTP requests.\n");
        out.push_str("# TYPE grantdesk_http_request_duration_seconds histogram\n");
        for (key, value) in series.iter() {
            let labels = labels(key);
            for (bound, count) in BUCKETS.iter().zip(value.buckets) {
                let _ = writeln!(
                    out,
                    "grantdesk_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {count}"
                );
            }
            let _ = writeln!(
                out,
                "grantdesk_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                value.count
            );
            let _ = writeln!(
                out,
                "grantdesk_http_request_duration_seconds_sum{{{labels}}} {}",
                value.sum_seconds
            );
            let _ = writeln!(
                out,
                "grantdesk_http_request_duration_seconds_count{{{labels}}} {}",
                value.count
            );
        }
        out
    }
}

fn labels(key: &SeriesKey) -> String {
    format!(
        "method=\"{}\",route=\"{}\",status=\"{}\"",
        key.method,
        key.route.replace('\\', "\\\\").replace('"', "\\\""),
        key.status
    )
}

/// Middleware: times every request and records it under its route template.
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().to_string();
    let route = super::route_of(&request);
    let response = next.run(request).await;
    state.metrics.observe(
        &method,
        &route,
        response.status().as_u16(),
        super::elapsed_seconds(start),
    );
    response
}

/// `GET /metrics`: request counts and latencies, and the outbox by state (read at most every
/// five seconds; left out when the database does not answer, which `/readyz` reports).
pub async fn render(State(state): State<AppState>) -> Response {
    let mut text = state.metrics.render();
    let cached = state
        .metrics
        .outbox
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .clone()
        .filter(|(at, _)| at.elapsed() < OUTBOX_COUNTS_TTL);
    let outbox = match cached {
        Some((_, outbox)) => Some(outbox),
        None => crate::reminders::service::outbox_counts(&state.db)
            .await
            .ok()
            .map(|counts| {
                let mut outbox = String::from(
                    "# HELP grantdesk_outbox_messages Messages in the outbox by state \
                     (failed: delivery gave up; expired and withdrawn: not sent on purpose).\n\
                     # TYPE grantdesk_outbox_messages gauge\n",
                );
                for (name, count) in counts {
                    let _ = writeln!(outbox, "grantdesk_outbox_messages{{state=\"{name}\"}} {count}");
                }
                *state
                    .metrics
                    .outbox
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((Instant::now(), outbox.clone()));
                outbox
            }),
    };
    text.push_str(&outbox.unwrap_or_default());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}
