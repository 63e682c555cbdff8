//! Drives the router in-process, as an HTTP client would but without a socket. The demo
//! loader, the benchmarks and the integration tests all send their requests through it.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// The base path of the versioned API.
pub const API_BASE: &str = "/api/v1";

/// The router, ready to take requests.
#[derive(Clone)]
pub struct Driver {
    router: Router,
}

/// A whole answer, its body read.
#[derive(Debug)]
pub struct Reply {
    /// The status code.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub bytes: Bytes,
}

impl Reply {
    /// The body as JSON, or `Null` when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or(Value::Null)
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

impl Driver {
    /// A driver of `router`.
    pub fn new(router: Router) -> Self {
        Self { router }
    }

    /// Sends a prepared request and reads the whole answer.
    pub async fn send(&self, request: Request<Body>) -> Result<Reply, axum::Error> {
        let response = match self.router.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await?.to_bytes();
        Ok(Reply { status, headers, bytes })
    }

    /// Sends a GET to the API and reads the answer's body frame by frame without keeping
    /// it: answers the status and the body's length (to measure a streamed download's
    /// memory, as a client saving it to a file would).
    pub async fn download_length(&self, path: &str, token: &str) -> Result<(StatusCode, u64), axum::Error> {
        let request = api_request(Method::GET, path, token, None, &[]);
        let response = match self.router.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        let status = response.status();
        let mut body = response.into_body();
        let mut length = 0;
        while let Some(frame) = body.frame().await {
            if let Some(data) = frame?.data_ref() {
                length += data.len() as u64;
            }
        }
        Ok((status, length))
    }

    /// Sends a request to the API (`path` under `/api/v1`), with a bearer token unless
    /// `token` is empty and a JSON body when one is given.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<&Value>,
    ) -> Result<Reply, axum::Error> {
        self.send(api_request(method, path, token, body, &[])).await
    }
}

/// A request to the API (`path` under `/api/v1`) with a bearer token unless `token` is
/// empty, a JSON body when one is given, and any further headers.
pub fn api_request(
    method: Method,
    path: &str,
    token: &str,
    body: Option<&Value>,
    headers: &[(&str, &str)],
) -> Request<Body> {
    let mut request = Request::builder().method(method).uri(format!("{API_BASE}{path}"));
    if !token.is_empty() {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = match body {
        Some(body) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(body.to_string())
        }
        None => Body::empty(),
    };
    request.body(body).unwrap_or_else(|_| Request::new(Body::empty()))
}

/// The boundary of the multipart bodies [`multipart_request`] writes.
const BOUNDARY: &str = "grantdesk-driver-boundary-7MA4YWxkTrZu0gW";

/// One part of a `multipart/form-data` body: its name, a file name for a file part, and
/// its bytes.
pub type Part<'a> = (&'a str, Option<&'a str>, &'a [u8]);

/// A `multipart/form-data` POST to the API (`path` under `/api/v1`), as a browser or
/// `curl -F` sends an upload. A file part claims `application/octet-stream`: grantdesk
/// decides the format from the bytes.
pub fn multipart_request(path: &str, token: &str, parts: &[Part<'_>]) -> Request<Body> {
    let mut body = Vec::new();
    for (name, file_name, bytes) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        let disposition = match file_name {
            Some(file_name) => format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n"
            ),
            None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n"),
        };
        body.extend_from_slice(disposition.as_bytes());
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
    let mut request = api_request(Method::POST, path, token, None, &[("content-type", &content_type)]);
    *request.body_mut() = Body::from(body);
    request
}
