//! Requests per second: in-process (16 tasks calling the router, no socket) and with wrk
//! (16 connections) against a release server on the same database.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::{Method, StatusCode};
use grantdesk::http::driver::Driver;
use serde_json::Value;

/// Concurrent clients, in-process and with wrk.
pub const CONNECTIONS: usize = 16;

/// The page after `pages - 1` pages of `path` (following `next_cursor`), or the last page
/// when the list ends sooner: answers its path and its number.
pub async fn page_path(driver: &Driver, path: &str, token: &str, pages: usize) -> (String, usize) {
    let mut current = path.to_owned();
    for number in 1..pages {
        let reply = driver.call(Method::GET, &current, token, None).await.expect("answer");
        assert_eq!(reply.status, StatusCode::OK, "{current}: {}", reply.text());
        match reply.json()["next_cursor"].as_str() {
            Some(cursor) => current = format!("{path}&cursor={cursor}"),
            None => return (current, number),
        }
    }
    (current, pages)
}

/// Requests per second of GET `path` from 16 in-process tasks for `seconds`, after one
/// warm-up request; an answer other than 200 stops the run with its body.
pub async fn in_process(driver: &Driver, path: &str, token: &str, seconds: f64) -> f64 {
    let warm = driver.call(Method::GET, path, token, None).await.expect("answer");
    assert_eq!(warm.status, StatusCode::OK, "{path}: {}", warm.text());
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(seconds);
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (driver, path, token) = (driver.clone(), path.to_owned(), token.to_owned());
            tokio::spawn(async move {
                let mut done = 0_u64;
                while Instant::now() < deadline {
                    let reply = driver.call(Method::GET, &path, &token, None).await.expect("answer");
                    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.text());
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut done = 0;
    for task in tasks {
        done += task.await.expect("client");
    }
    done as f64 / started.elapsed().as_secs_f64()
}

/// Requests per second of `requests` (method, path, body) run by 16 in-process tasks, each
/// taking the next one; every answer must have `expected` status. Answers the rate and
/// each answer's body.
pub async fn writes(
    driver: &Driver,
    token: &str,
    requests: Vec<(Method, String, Option<Value>)>,
    expected: StatusCode,
) -> (f64, Vec<Value>) {
    let queue = std::sync::Arc::new(std::sync::Mutex::new(requests.into_iter().enumerate()));
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (driver, token, queue) = (driver.clone(), token.to_owned(), queue.clone());
            tokio::spawn(async move {
                let mut answers = Vec::new();
                loop {
                    let next = queue.lock().expect("queue").next();
                    let Some((index, (method, path, body))) = next else {
                        break;
                    };
                    let reply = driver.call(method, &path, &token, body.as_ref()).await.expect("answer");
                    assert_eq!(reply.status, expected, "{path}: {}", reply.text());
                    answers.push((index, reply.json()));
                }
                answers
            })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.extend(task.await.expect("client"));
    }
    let rate = answers.len() as f64 / started.elapsed().as_secs_f64();
    answers.sort_by_key(|(index, _)| *index);
    (rate, answers.into_iter().map(|(_, body)| body).collect())
}

/// The release server (`grantdesk serve`, built with this benchmark) on `url` at `port`,
/// once it answers `/readyz`; its scheduler is off.
pub fn serve(url: &str, port: u16, dir: &Path) -> Child {
    let mut server = Command::new(env!("CARGO_BIN_EXE_grantdesk"))
        .arg("serve")
        .current_dir(dir)
        .env("GRANTDESK_BIND", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", url)
        .env("GRANTDESK_JWT_SECRET", crate::common::JWT_SECRET)
        .env("GRANTDESK_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
        .env("GRANTDESK_MFA_REQUIRED_ROLES", "none")
        .env("GRANTDESK_SCHEDULER", "off")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the release server starts");
    for _ in 0..240 {
        let ready = Command::new("curl")
            .args(["-fs", "-o", "/dev/null", &format!("http://127.0.0.1:{port}/readyz")])
            .status()
            .is_ok_and(|status| status.success());
        if ready {
            return server;
        }
        if let Ok(Some(status)) = server.try_wait() {
            panic!("the release server stopped: {status}");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    let _ = server.kill();
    panic!("the release server did not answer /readyz on port {port}");
}

/// Requests per second of GET `path` (under `/api/v1`) with wrk at 16 connections for
/// `seconds`, after a one-second warm-up; `None` when any answer was not 2xx or 3xx.
pub fn wrk(port: u16, path: &str, token: &str, seconds: f64) -> Option<f64> {
    let url = format!("http://127.0.0.1:{port}/api/v1{path}");
    let header = format!("Authorization: Bearer {token}");
    let run = |duration: String| {
        let output = Command::new("wrk")
            .args([
                "-t2",
                &format!("-c{CONNECTIONS}"),
                &format!("-d{duration}"),
                "-H",
                &header,
                &url,
            ])
            .output()
            .expect("wrk runs (Debian's package `wrk`)");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    run("1s".to_owned());
    let report = run(format!("{}s", seconds.ceil() as u64));
    if let Some(line) = report.lines().find(|line| line.contains("Non-2xx or 3xx")) {
        eprintln!("{path}: {}", line.trim());
        return None;
    }
    report
        .lines()
        .find(|line| line.starts_with("Requests/sec:"))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|rate| rate.parse().ok())
}

/// Whether something already listens on `port`.
pub fn port_taken(port: u16) -> bool {
    std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
}
