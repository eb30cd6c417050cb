use chrono::Utc;
use lettre::message::Mailbox;
use sea_orm::{EntityTrait, TransactionTrait};

use super::*;
use crate::core::Db;
use crate::core::entities::mail_outbox;
use crate::core::testing::SmtpServer;
use crate::db_test;

fn from() -> Mailbox {
    "Solilab <no-reply@solilab.localhost>"
        .parse()
        .expect("mailbox")
}

fn mail(n: usize) -> OutgoingMail {
    OutgoingMail {
        to: format!("membre{n}@example.org"),
        subject: format!("Votre réservation n°{n}"),
        text: "Bonjour,\nvotre réservation est confirmée.".into(),
        html: Some("<p>Bonjour,</p><p>votre réservation est confirmée.</p>".into()),
        attachment: None,
    }
}

fn outbox_dir() -> std::path::PathBuf {
    std::env::temp_dir().join("solilab-tests").join(format!(
        "outbox-{}-{}",
        std::process::id(),
        Utc::now().timestamp_nanos_opt().unwrap_or_default()
    ))
}

#[test]
fn backoff_doubles_up_to_an_hour() {
    let seconds: Vec<i64> = [1, 2, 3, 4, 20]
        .iter()
        .map(|a| backoff(*a).num_seconds())
        .collect();
    assert_eq!(seconds, [5, 10, 20, 40, 3600]);
}

db_test!(a_rolled_back_change_sends_nothing, |db: Db| async move {
    let txn = db.write().begin().await.expect("begin");
    enqueue(&txn, mail(1)).await.expect("queued");
    txn.rollback().await.expect("rollback");
    let dir = outbox_dir();
    let sent = deliver_due(&db, &Transport::Files(dir.clone()), &from(), Utc::now())
        .await
        .expect("pass");
    assert_eq!(sent, 0);
    assert!(
        mail_outbox::Entity::find()
            .all(db.read())
            .await
            .expect("rows")
            .is_empty()
    );
});

db_test!(without_smtp_mails_become_eml_files, |db: Db| async move {
    for n in 0..3 {
        enqueue(db.write(), mail(n)).await.expect("queued");
    }
    let dir = outbox_dir();
    let transport = Transport::Files(dir.clone());
    assert_eq!(
        deliver_due(&db, &transport, &from(), Utc::now())
            .await
            .expect("pass"),
        3
    );
    assert_eq!(
        deliver_due(&db, &transport, &from(), Utc::now())
            .await
            .expect("pass"),
        0,
        "sent once"
    );
    let files: Vec<String> = std::fs::read_dir(&dir)
        .expect("outbox folder")
        .filter_map(|e| e.ok().and_then(|e| std::fs::read_to_string(e.path()).ok()))
        .collect();
    assert_eq!(files.len(), 3);
    assert!(
        files
            .iter()
            .any(|f| f.contains("To: membre2@example.org") && f.contains("Subject:"))
    );
    let rows = mail_outbox::Entity::find()
        .all(db.read())
        .await
        .expect("rows");
    assert!(
        rows.iter()
            .all(|r| r.sent_at.is_some() && r.locked_until.is_none())
    );
    let _ = std::fs::remove_dir_all(dir);
});

db_test!(two_workers_never_send_a_mail_twice, |db: Db| async move {
    for n in 0..60 {
        enqueue(db.write(), mail(n)).await.expect("queued");
    }
    let dir = outbox_dir();
    let transport = Transport::Files(dir.clone());
    let (a, b) = (db.clone(), db.clone());
    let (ta, tb) = (transport.clone(), transport.clone());
    let worker = |db: Db, transport: Transport| async move {
        let mut sent = 0;
        loop {
            let n = deliver_due(&db, &transport, &from(), Utc::now())
                .await
                .expect("pass");
            if n == 0 {
                return sent;
            }
            sent += n;
        }
    };
    let (sent_a, sent_b) = tokio::join!(worker(a, ta), worker(b, tb));
    assert_eq!(sent_a + sent_b, 60);
    assert_eq!(std::fs::read_dir(&dir).expect("folder").count(), 60);
    let rows = mail_outbox::Entity::find()
        .all(db.read())
        .await
        .expect("rows");
    assert!(
        rows.iter()
            .all(|r| r.sent_at.is_some() && r.last_error.is_none() && r.attempts == 0)
    );
    let _ = std::fs::remove_dir_all(dir);
});

/// Sends `mail` through a real SMTP server and returns the one message it received.
async fn delivered(db: &Db, mail: OutgoingMail) -> String {
    let smtp = SmtpServer::start().await;
    enqueue(db.write(), mail).await.expect("queued");
    let transport = Transport::new(Some(&smtp.url()), outbox_dir()).expect("transport");
    assert_eq!(
        deliver_due(db, &transport, &from(), Utc::now())
            .await
            .expect("pass"),
        1
    );
    let mut received = smtp.messages();
    assert_eq!(received.len(), 1);
    received.remove(0)
}

db_test!(a_mail_reaches_a_real_smtp_server, |db: Db| async move {
    let message = delivered(&db, mail(7)).await;
    assert!(message.contains("To: membre7@example.org"));
    assert!(message.contains("From: Solilab <no-reply@solilab.localhost>"));
    assert!(
        message.contains("text/html"),
        "the HTML alternative travels too"
    );
});

db_test!(
    nothing_is_lost_while_the_smtp_server_is_down,
    |db: Db| async move {
        let mut smtp = SmtpServer::start().await;
        smtp.stop();
        let id = enqueue(db.write(), mail(9)).await.expect("queued");
        let transport = Transport::new(Some(&smtp.url()), outbox_dir()).expect("transport");
        let now = Utc::now();
        assert_eq!(
            deliver_due(&db, &transport, &from(), now)
                .await
                .expect("pass"),
            0
        );
        let row = mail_outbox::Entity::find_by_id(id)
            .one(db.read())
            .await
            .expect("query")
            .expect("row");
        assert_eq!(row.attempts, 1);
        assert!(row.last_error.is_some() && row.sent_at.is_none());
        assert_eq!(
            row.next_attempt_at.timestamp(),
            (now + backoff(1)).timestamp()
        );

        smtp.resume().await;
        assert_eq!(
            deliver_due(&db, &transport, &from(), now)
                .await
                .expect("pass"),
            0,
            "not before its time"
        );
        let later = now + backoff(1) + chrono::Duration::seconds(1);
        assert_eq!(
            deliver_due(&db, &transport, &from(), later)
                .await
                .expect("pass"),
            1
        );
        assert_eq!(
            smtp.messages().len(),
            1,
            "the mail arrived once the server was back"
        );
        let row = mail_outbox::Entity::find_by_id(id)
            .one(db.read())
            .await
            .expect("query")
            .expect("row");
        assert!(row.sent_at.is_some() && row.last_error.is_none());
    }
);

db_test!(an_attachment_travels_with_the_mail, |db: Db| async move {
    let invitation = crate::core::mail::Attachment {
        name: "reservation.ics".into(),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
        body: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Solilab//FR\r\nEND:VCALENDAR\r\n".into(),
    };
    let message = delivered(&db, mail(8).attach(invitation)).await;
    assert!(message.contains("multipart/mixed"), "{message}");
    assert!(message.contains("text/html"), "the HTML alternative stays");
    assert!(message.contains("text/calendar"), "{message}");
    assert!(
        message.contains("filename=\"reservation.ics\""),
        "{message}"
    );
    assert!(message.contains("BEGIN:VCALENDAR"), "{message}");
});
