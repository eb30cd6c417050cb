//! The command line of CONTRACT.md.
use std::process::ExitCode;

use app::core::accounts::NewAccount;
use app::core::{Db, demo};
use app::domain::Role;
use app::domain::import::ImportKind;
use clap::{Parser, Subcommand};

mod accounts;
mod failure;
mod import;
mod seed;
mod serve;

use self::failure::{Failed, explain, fail};
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
    /// Import a CSV file (UTF-8 or Windows-1252, `;` or `,`) all or nothing.
    Import {
        /// What the file holds: structures, spaces or leases.
        #[arg(value_parser = parse_import_kind)]
        kind: ImportKind,
        /// The CSV file.
        file: std::path::PathBuf,
        /// Read and check the file, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
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

fn parse_import_kind(raw: &str) -> Result<ImportKind, String> {
    raw.parse()
        .map_err(|_| "expected structures, spaces or leases".to_owned())
}

fn parse_role(raw: &str) -> Result<Role, String> {
    raw.parse()
        .map_err(|_| "expected visitor, tenant, manager or admin".to_owned())
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
        Command::Seed { .. } => seed::seed_demo(&db).await,
        Command::Serve {
            demo: with_demo, ..
        } => {
            if with_demo
                && demo::is_empty(&db)
                    .await
                    .map_err(|e| fail(1, explain(&e)))?
            {
                seed::seed_demo(&db).await?;
            }
            serve::serve(db, settings).await
        }
        Command::User(UserCommand::Add {
            email,
            role,
            structure,
            name,
            password_stdin,
        }) => {
            let password = if password_stdin {
                Some(accounts::password_from_stdin()?)
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
            accounts::add_user(&db, new).await
        }
        Command::Token(TokenCommand::Issue { email, name }) => {
            accounts::issue_token(&db, &email, &name).await
        }
        Command::Import {
            kind,
            file,
            dry_run,
        } => import::import_file(&db, kind, &file, dry_run).await,
    }
}
