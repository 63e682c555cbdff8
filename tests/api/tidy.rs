//! Tidy tests (after rust-analyzer's `tests/tidy.rs`): they read the source and keep the
//! layers as ARCHITECTURE.md describes them. Handler (HTTP or page) -> service -> rules +
//! store; no domain reaches into another's handlers.

use std::fs;
use std::path::{Path, PathBuf};

/// The longest a handler function may be, in lines, before it is doing a service's work.
const LONGEST_HANDLER: usize = 45;

#[test]
fn no_module_outside_a_domain_names_its_handlers() {
    let violations = layering_violations(&source_root());
    assert!(violations.is_empty(), "layering violations:\n{}", violations.join("\n"));
}

#[test]
fn the_tidy_check_catches_a_cross_domain_handler_use() {
    // The check itself is tested on a scratch tree, so it cannot silently stop looking.
    let scratch = tempfile::tempdir().expect("a scratch directory");
    let write = |path: &str, text: &str| {
        let file = scratch.path().join(path);
        fs::create_dir_all(file.parent().expect("a parent")).expect("a folder");
        fs::write(file, text).expect("a file");
    };
    write("awards/handlers.rs", "pub async fn create_award() {}\n");
    write("awards/mod.rs", "mod handlers;\npub use handlers::create_award;\n");
    write("awards/rules.rs", "use sea_orm::ConnectionTrait;\n");
    write("awards/service.rs", "use axum::Json;\n");
    write(
        "decisions/handlers.rs",
        "use sea_orm::TransactionTrait;\nasync fn decide() { crate::awards::handlers::create_award(); let txn = db.begin(); }\n",
    );
    write("decisions/mod.rs", "mod handlers;\n");
    let violations = layering_violations(scratch.path());
    let found = |needle: &str| violations.iter().any(|violation| violation.contains(needle));
    assert!(found("decisions/handlers.rs names awards::handlers"), "{violations:?}");
    assert!(found("awards/mod.rs re-exports from its handlers"), "{violations:?}");
    assert!(found("awards/rules.rs mentions sea_orm"), "{violations:?}");
    assert!(found("awards/service.rs mentions axum"), "{violations:?}");
    assert!(found("decisions/handlers.rs opens a transaction"), "{violations:?}");
}

/// Every way the source under `root` breaks the layering, one line each.
fn layering_violations(root: &Path) -> Vec<String> {
    let files = rust_files(root);
    let domains: Vec<String> = files
        .iter()
        .filter(|file| file.file_name().is_some_and(|name| name == "handlers.rs"))
        .filter_map(|file| file.parent()?.file_name()?.to_str().map(str::to_owned))
        .collect();
    let mut violations = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("a readable source file");
        let code = without_comments(&text);
        let relative = file
            .strip_prefix(root)
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        let domain_of_file = relative.split('/').next().unwrap_or_default();
        for domain in &domains {
            if domain != domain_of_file && code.contains(&format!("{domain}::handlers")) {
                violations.push(format!("{relative} names {domain}::handlers"));
            }
        }
        let name = relative.rsplit('/').next().unwrap_or_default();
        // Every module of the portal is pages (`account.rs`, `settings.rs`...) and is held
        // to the rules of handlers.
        let name = match domain_of_file == "portal" && name != "mod.rs" {
            true => "pages.rs",
            false => name,
        };
        match name {
            "mod.rs" if code.contains("pub use handlers::") || code.contains("pub mod handlers") => {
                violations.push(format!("{relative} re-exports from its handlers"))
            }
            "rules.rs" => {
                for forbidden in ["sea_orm", "axum", "AppState"] {
                    if code.contains(forbidden) {
                        violations.push(format!("{relative} mentions {forbidden}"));
                    }
                }
            }
            "store.rs" | "service.rs" if code.contains("axum") => violations.push(format!("{relative} mentions axum")),
            "handlers.rs" | "pages.rs" => {
                if code.contains(".begin()") || code.contains("TransactionTrait") {
                    violations.push(format!("{relative} opens a transaction"));
                }
                if code.contains("Statement::from") || code.contains("execute_unprepared") {
                    violations.push(format!("{relative} writes SQL"));
                }
                for (handler, lines) in long_functions(&code) {
                    violations.push(format!(
                        "{relative}: {handler} is {lines} lines long (at most {LONGEST_HANDLER}); move its work to the service"
                    ));
                }
            }
            _ => {}
        }
    }
    violations
}

/// Functions of a file longer than [`LONGEST_HANDLER`] lines, with their lengths.
fn long_functions(code: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut long = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let Some(rest) = line
            .strip_prefix("pub async fn ")
            .or_else(|| line.strip_prefix("async fn "))
        else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|character| character.is_alphanumeric() || *character == '_')
            .collect();
        let Some(length) = lines[start..].iter().position(|line| *line == "}") else {
            continue;
        };
        if length + 1 > LONGEST_HANDLER {
            long.push((name, length + 1));
        }
    }
    long
}

/// The text with `//` comments removed, so prose about the layers does not count as use.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(index) if !line[..index].contains('"') => &line[..index],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
