//! The command line of CONTRACT.md.
use std::io::Read;
use std::process::ExitCode;

use app::core::accounts::{self, NewAccount, Password};
use app::core::mail::run_worker;
use app::core::{AppState, Db, demo};
use app::domain::{AppError, Locale, Role};
use app::ui::i18n::translate;
use clap::{Parser, Subcommand};

use crate::settings::Settings;

#[derive(Debug, Parser)]
#[command(
    name = "solilab",
    version,
    about = "Solilab: the operations and booking system of a tiers-lieu"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending migrations, then serve the site and the API.
    Serve {
        /// Where to listen, HOST:PORT (default: $SOLILAB_ADDR, then 127.0.0.1:3000).
        #[arg(long)]
        addr: Option<String>,
        /// Fill an empty database with the demo site first.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending migrations and exit.
    Migrate,
    /// Fill an empty database.
    Seed {
        /// The demo site (the only seed there is); refuses a database that holds data.
        #[arg(long, required = true)]
        demo: bool,
    },
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Make the account a member of this structure.
        #[arg(long)]
        structure: Option<i32>,
        /// The display name (default: the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Print a new API token for an account.
    Issue {
        #[arg(long)]
        email: String,
        /// A name to recognise the token by.
        #[arg(long, default_value = "cli")]
        name: String,
    },
}

fn parse_role(raw: &str) -> Result<Role, String> {
    raw.parse()
        .map_err(|_| "expected visitor, tenant, manager or admin".to_owned())
}

/// A failure of a command, already explained on standard error.
struct Failed(ExitCode);

fn fail(code: u8, message: impl std::fmt::Display) -> Failed {
    eprintln!("error: {message}");
    Failed(ExitCode::from(code))
}

fn explain(error: &AppError) -> String {
    match error {
        AppError::Invalid(fields) => fields
            .iter()
            .map(|f| format!("{}: {}", f.field, translate(Locale::En, &f.message)))
            .collect::<Vec<_>>()
            .join("; "),
        other => translate(Locale::En, &other.detail_key()),
    }
}

async fn open(settings: &Settings) -> Result<Db, Failed> {
    let db = Db::connect(&settings.database_url)
        .await
        .map_err(|e| fail(1, format!("cannot open the database (DATABASE_URL): {e}")))?;
    db.migrate()
        .await
        .map_err(|e| fail(1, format!("cannot apply migrations: {e}")))?;
    Ok(db)
}

fn ensure_data_dir(settings: &Settings) {
    // The default SQLite file lives under data/; create the folder so a fresh clone just runs.
    if let Some(path) = settings.database_url.strip_prefix("sqlite://") {
        let path = path.split('?').next().unwrap_or_default();
        if let Some(parent) = std::path::Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            let _ = std::fs::create_dir_all(parent);
        }
    }
}

/// Runs a command and returns the process's exit code.
pub async fn run(cli: Cli) -> ExitCode {
    let addr = match &cli.command {
        Command::Serve { addr, .. } => addr.as_deref(),
        _ => None,
    };
    let settings = match Settings::load(addr) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    ensure_data_dir(&settings);
    match execute(cli.command, settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failed(code)) => code,
    }
}

async fn execute(command: Command, settings: Settings) -> Result<(), Failed> {
    let db = open(&settings).await?;
    match command {
        Command::Migrate => {
            eprintln!("migrations applied");
            Ok(())
        }
        Command::Seed { .. } => seed_demo(&db).await,
        Command::Serve {
            demo: with_demo, ..
        } => {
            if with_demo
                && demo::is_empty(&db)
                    .await
                    .map_err(|e| fail(1, explain(&e)))?
            {
                seed_demo(&db).await?;
            }
            serve(db, settings).await
        }
        Command::User(UserCommand::Add {
            email,
            role,
            structure,
            name,
            password_stdin,
        }) => {
            let password = if password_stdin {
                let mut raw = String::new();
                std::io::stdin().read_to_string(&mut raw).map_err(|e| {
                    fail(
                        1,
                        format!("cannot read the password from standard input: {e}"),
                    )
                })?;
                let raw = raw.strip_suffix('\n').unwrap_or(&raw);
                let raw = raw.strip_suffix('\r').unwrap_or(raw);
                Some(Password::parse(raw).map_err(|e| fail(1, explain(&e)))?)
            } else {
                None
            };
            let new = NewAccount {
                email,
                role,
                display_name: name,
                structure_id: structure,
                password,
            };
            let created = accounts::add(&db, new).await.map_err(|e| match e {
                AppError::NotFound => fail(
                    1,
                    format!("no structure with id {}", structure.unwrap_or_default()),
                ),
                other => fail(1, explain(&other)),
            })?;
            println!(
                "account {} created for {} ({})",
                created.id, created.email, created.role
            );
            Ok(())
        }
        Command::Token(TokenCommand::Issue { email, name }) => {
            let token = accounts::issue_token(&db, &email, &name)
                .await
                .map_err(|e| match e {
                    AppError::NotFound => fail(1, format!("no enabled account with email {email}")),
                    other => fail(1, explain(&other)),
                })?;
            println!("{token}");
            Ok(())
        }
    }
}

async fn seed_demo(db: &Db) -> Result<(), Failed> {
    let summary = demo::seed(db).await.map_err(|e| fail(1, explain(&e)))?;
    eprintln!(
        "demo site written: {} sites, {} spaces, {} structures, {} accounts (password: {})",
        summary.sites,
        summary.spaces,
        summary.structures,
        summary.accounts,
        demo::DEMO_PASSWORD
    );
    Ok(())
}

/// How often the mail worker looks for mail to send.
const MAIL_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// How often freed slots are offered to the first in their waiting list.
const OFFERS_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

async fn serve(db: Db, settings: Settings) -> Result<(), Failed> {
    let worker = tokio::spawn(run_worker(
        db.clone(),
        settings.mail_transport.clone(),
        settings.mail_from.clone(),
        MAIL_EVERY,
    ));
    let offers = tokio::spawn(app::core::bookings::waitlist::run_offers(
        db.clone(),
        settings.base_url.clone(),
        OFFERS_EVERY,
    ));
    let state = AppState {
        db,
        base_url: settings.base_url.clone(),
    };
    let router =
        crate::build_router(state, crate::leptos_options(settings.addr)).layer(axum::Extension(
            crate::session::ClientIpHeader(settings.client_ip_header.clone()),
        ));
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .map_err(|e| {
            fail(
                1,
                format!("cannot listen on {} (SOLILAB_ADDR): {e}", settings.addr),
            )
        })?;
    tracing::info!("Solilab listening on http://{}", settings.addr);
    let served = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|e| fail(1, format!("server error: {e}")));
    // Mail not sent yet stays in the outbox for the next start.
    worker.abort();
    offers.abort();
    served
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
