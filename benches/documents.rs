//! Benchmark: four files of 20 MiB uploaded at once through the real router (multipart,
//! streamed, encrypted into the embedded SQLite database), then downloaded at once. Neither
//! side ever holds a whole file: the request bodies are generated as they are sent and the
//! answers are hashed as they arrive. Prints the throughput each way and the process's
//! peak resident memory; the goals are at least 50 MB/s each way and under 150 MiB.
//! Run with `cargo bench --bench documents`.

use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{Request, StatusCode, header};
use futures_util::StreamExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tower::ServiceExt;

#[allow(dead_code, reason = "the shared bench helpers this benchmark does not need")]
mod common;
use common::{call, peak_rss_mb};

const FILES: usize = 4;
const MIB: usize = 1024 * 1024;
const FILE_BYTES: usize = 20 * MIB;
/// The size of each piece of a request body as it is sent.
const PIECE: usize = 256 * 1024;
const BOUNDARY: &str = "grantdesk-bench-boundary-5c1f";

fn main() {
    common::block_on(run());
}

async fn run() {
    let dir = tempfile::tempdir().expect("folder");
    let (state, driver, _connection, _now) = common::start(&dir).await;
    let cast = common::cast(&state, &driver).await;
    let body = json!({
        "legal_name": "Bench organisation", "short_name": "Bench", "country": "KE",
        "registration_number": "B-1", "year_founded": 2010,
        "thematic_areas": ["youth"], "women_led": true, "youth_led": false,
    });
    let (status, answer) = call(&driver, "POST", "/organisations", &cast.member, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer));
    let organisation: Value = serde_json::from_slice(&answer).expect("json");
    let path = format!(
        "/api/v1/organisations/{}/documents",
        organisation["id"].as_str().expect("id")
    );
    let router = grantdesk::router::router(state.clone());
    let baseline = peak_rss_mb();

    let started = Instant::now();
    let uploads = (0..FILES).map(|seed| {
        let request = upload_request(&path, &cast.member, seed);
        tokio::spawn(send_and_read(router.clone(), request))
    });
    let mut documents = Vec::new();
    for (seed, upload) in uploads.enumerate() {
        let (status, answer) = upload.await.expect("upload task");
        assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer));
        let answer: Value = serde_json::from_slice(&answer).expect("json");
        assert_eq!(
            answer["sha256"],
            expected_sha256(seed),
            "the stored bytes are the sent bytes"
        );
        documents.push(answer["id"].as_str().expect("id").to_owned());
    }
    let upload_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let downloads = documents.iter().map(|id| {
        let request = Request::get(format!("/api/v1/documents/{id}"))
            .header(header::AUTHORIZATION, format!("Bearer {}", cast.member))
            .body(Body::empty())
            .expect("request");
        tokio::spawn(download(router.clone(), request))
    });
    let mut digests = Vec::new();
    for download in downloads {
        digests.push(download.await.expect("download task"));
    }
    let download_seconds = started.elapsed().as_secs_f64();
    for (seed, (size, digest)) in digests.iter().enumerate() {
        assert_eq!(*size, FILE_BYTES);
        assert_eq!(*digest, expected_sha256(seed), "the same bytes come back");
    }

    let megabytes = (FILES * FILE_BYTES) as f64 / 1e6;
    let peak = peak_rss_mb();
    println!("documents: {FILES} files of {} MiB at once on SQLite", FILE_BYTES / MIB);
    println!(
        "  upload:   {upload_seconds:.2} s, {:.1} MB/s (goal >= 50)",
        megabytes / upload_seconds
    );
    println!(
        "  download: {download_seconds:.2} s, {:.1} MB/s (goal >= 50)",
        megabytes / download_seconds
    );
    println!("  peak RSS: {peak:.1} MiB (goal < 150; {baseline:.1} MiB before the first upload)");
}

/// The bytes of file `seed`: a PDF header, then a pattern that differs per file (so
/// that no two are deduplicated) and never repeats within a chunk.
fn file_piece(seed: usize, offset: usize, length: usize) -> Vec<u8> {
    const HEADER: &[u8] = b"%PDF-1.7\n";
    (offset..offset + length)
        .map(|position| match HEADER.get(position) {
            Some(byte) => *byte,
            None => {
                let mixed = (position as u64 ^ (seed as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
                    .wrapping_mul(0xBF58_476D_1CE4_E5B9);
                (mixed >> 56) as u8
            }
        })
        .collect()
}

fn expected_sha256(seed: usize) -> String {
    let mut hasher = Sha256::new();
    for offset in (0..FILE_BYTES).step_by(PIECE) {
        hasher.update(file_piece(seed, offset, PIECE.min(FILE_BYTES - offset)));
    }
    hex::encode(hasher.finalize())
}

/// A `multipart/form-data` upload of file `seed` whose body is generated piece by piece
/// as it is read.
fn upload_request(path: &str, token: &str, seed: usize) -> Request<Body> {
    let head = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-{seed}.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
    );
    let tail = format!("\r\n--{BOUNDARY}--\r\n");
    let pieces = futures_util::stream::iter((0..FILE_BYTES).step_by(PIECE))
        .map(move |offset| Bytes::from(file_piece(seed, offset, PIECE.min(FILE_BYTES - offset))));
    let body = futures_util::stream::once(async move { Bytes::from(head) })
        .chain(pieces)
        .chain(futures_util::stream::once(async move { Bytes::from(tail) }))
        .map(Ok::<_, std::convert::Infallible>);
    Request::post(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from_stream(body))
        .expect("request")
}

async fn send_and_read(router: Router, request: Request<Body>) -> (StatusCode, Vec<u8>) {
    let response = router.oneshot(request).await.expect("answer");
    let status = response.status();
    let mut body = response.into_body().into_data_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = body.next().await {
        bytes.extend_from_slice(&chunk.expect("body"));
    }
    (status, bytes)
}

/// Downloads a document, hashing it as it arrives; answers its size and sha256.
async fn download(router: Router, request: Request<Body>) -> (usize, String) {
    let response = router.oneshot(request).await.expect("answer");
    assert_eq!(response.status(), StatusCode::OK);
    let mut body = response.into_body().into_data_stream();
    let mut hasher = Sha256::new();
    let mut size = 0;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.expect("body");
        size += chunk.len();
        hasher.update(&chunk);
    }
    (size, hex::encode(hasher.finalize()))
}
