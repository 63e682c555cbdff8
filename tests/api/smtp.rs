//! A real SMTP server for the tests, in process on a port of its own: it speaks enough
//! ESMTP for lettre (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps what it receives;
//! in refusing mode it answers every MAIL FROM with a 550.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// A message as the server received it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

impl Mail {
    /// The message as a mail client shows it: a quoted-printable body decoded (soft line
    /// breaks joined, `=XX` escapes read as bytes); other messages as received.
    pub fn text(&self) -> String {
        if !self.data.contains("Content-Transfer-Encoding: quoted-printable") {
            return self.data.clone();
        }
        let joined = self.data.replace("=\r\n", "").replace("=\n", "");
        let mut bytes = Vec::with_capacity(joined.len());
        let mut rest = joined.as_bytes();
        while let Some((&first, tail)) = rest.split_first() {
            let escaped = tail
                .get(..2)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok());
            match escaped {
                Some(byte) if first == b'=' => {
                    bytes.push(byte);
                    rest = &tail[2..];
                }
                _ => {
                    bytes.push(first);
                    rest = tail;
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// A running SMTP server; it stops when dropped.
pub struct SmtpServer {
    pub port: u16,
    pub received: Arc<Mutex<Vec<Mail>>>,
    task: JoinHandle<()>,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpServer {
    /// Starts a server on a free port.
    pub async fn start(refuse: bool) -> Self {
        Self::start_on(0, refuse).await
    }

    /// Starts a server on `port` (0: any free port).
    pub async fn start_on(port: u16, refuse: bool) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.expect("SMTP port");
        let port = listener.local_addr().expect("address").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(session(stream, refuse, store.clone()));
            }
        });
        Self { port, received, task }
    }

    /// `smtp://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// What arrived so far.
    pub fn mails(&self) -> Vec<Mail> {
        self.received.lock().expect("mails").clone()
    }
}

/// A port nothing listens on (bound, then released).
pub async fn free_port() -> u16 {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await.expect("port");
    listener.local_addr().expect("address").port()
}

async fn session(stream: TcpStream, refuse: bool, received: Arc<Mutex<Vec<Mail>>>) {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut from = String::new();
    let mut to = Vec::new();
    if writer.write_all(b"220 test.invalid ESMTP\r\n").await.is_err() {
        return;
    }
    while let Ok(Some(line)) = lines.next_line().await {
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") {
            b"250-test.invalid\r\n250 8BITMIME\r\n"
        } else if command.starts_with("HELO") {
            b"250 test.invalid\r\n"
        } else if command.starts_with("MAIL FROM:") {
            if refuse {
                b"550 5.7.1 sender refused by policy\r\n"
            } else {
                from = line[10..].trim().to_owned();
                to.clear();
                b"250 OK\r\n"
            }
        } else if command.starts_with("RCPT TO:") {
            to.push(line[8..].trim().to_owned());
            b"250 OK\r\n"
        } else if command == "DATA" {
            if writer.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await.is_err() {
                return;
            }
            let mut data = String::new();
            while let Ok(Some(line)) = lines.next_line().await {
                if line == "." {
                    break;
                }
                data.push_str(
                    line.strip_prefix('.')
                        .filter(|_| line.starts_with(".."))
                        .unwrap_or(&line),
                );
                data.push('\n');
            }
            received.lock().expect("mails").push(Mail {
                from: from.clone(),
                to: std::mem::take(&mut to),
                data,
            });
            b"250 OK queued\r\n"
        } else if command.starts_with("RSET") || command.starts_with("NOOP") {
            b"250 OK\r\n"
        } else if command.starts_with("QUIT") {
            let _ = writer.write_all(b"221 bye\r\n").await;
            return;
        } else {
            b"502 command not implemented\r\n"
        };
        if writer.write_all(reply).await.is_err() {
            return;
        }
    }
}
