//! The public calendar over HTTP: `/calendar.ics` read by a real iCalendar library (Python's
//! `icalendar` with `recurring-ical-events`, installed by `.ci/setup --test`), its `ETag` and
//! `304`, `/api/v1/events`, and the pages without JavaScript.
use std::process::Command;

use crate::helpers::TestApp;
use crate::http_test;
use crate::pages::page;

/// The market's days between two dates as Python's iCalendar libraries expand the feed:
/// `YYYY-MM-DDTHH:MM` in UTC, one a line.
fn expand(feed: &str, from: &str, to: &str) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("solilab-feed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("{from}.ics"));
    std::fs::write(&file, feed).expect("feed written");
    let script = r#"
import sys, datetime, icalendar, recurring_ical_events
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
start = datetime.date.fromisoformat(sys.argv[2])
end = datetime.date.fromisoformat(sys.argv[3])
for event in recurring_ical_events.of(calendar).between(start, end):
    if str(event.get('UID')).startswith('market-'):
        at = event.decoded('DTSTART').astimezone(datetime.timezone.utc)
        print(at.strftime('%Y-%m-%dT%H:%M'))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&file)
        .arg(from)
        .arg(to)
        .output()
        .expect("python3 runs (installed by .ci/setup --test)");
    assert!(
        out.status.success(),
        "the feed parses: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut days: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    days.sort();
    days
}

http_test!(
    the_feed_reads_in_a_real_calendar_library,
    async |app: &TestApp| {
        let response = app.get("/calendar.ics").await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/calendar; charset=utf-8"
        );
        let etag = response.headers()["etag"]
            .to_str()
            .expect("ascii")
            .to_owned();
        let feed = response.text().await.expect("body");
        // Across the change to summer time (28 March 2027), 16:00 in Paris stays 16:00.
        assert_eq!(
            expand(&feed, "2027-03-15", "2027-04-10"),
            [
                "2027-03-18T15:00",
                "2027-03-25T15:00",
                "2027-04-01T14:00",
                "2027-04-08T14:00"
            ]
        );
        // Christmas Eve moves to the Wednesday at 15:00; New Year's Eve is closed.
        assert_eq!(
            expand(&feed, "2026-12-15", "2027-01-09"),
            ["2026-12-17T15:00", "2026-12-23T14:00", "2027-01-07T15:00"]
        );
        // Ascension Day 2027 is closed.
        assert_eq!(
            expand(&feed, "2027-05-01", "2027-05-15"),
            ["2027-05-13T14:00"]
        );
        let again = app
            .client
            .get(app.url("/calendar.ics"))
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("sent");
        assert_eq!(again.status(), 304);
        assert_eq!(again.headers()["etag"].to_str().expect("ascii"), etag);
        let other = app
            .client
            .get(app.url("/calendar.ics"))
            .header("if-none-match", "\"something else\"")
            .send()
            .await
            .expect("sent");
        assert_eq!(other.status(), 200);
        let ecorce = app.get("/calendar.ics?site=ecorce").await;
        assert_eq!(ecorce.status(), 200);
        assert_ne!(ecorce.headers()["etag"].to_str().expect("ascii"), etag);
        assert_eq!(app.get("/calendar.ics?site=atlantis").await.status(), 404);
    }
);

http_test!(
    the_events_api_and_pages_read_without_javascript,
    async |app: &TestApp| {
        let days: serde_json::Value = app
            .get("/api/v1/events?kind=market&from=2027-03-01&to=2027-03-31")
            .await
            .json()
            .await
            .expect("json");
        let starts: Vec<&str> = days
            .as_array()
            .expect("a list")
            .iter()
            .filter_map(|d| d["starts_at"].as_str())
            .collect();
        assert_eq!(starts.len(), 4, "{days}");
        assert!(starts[0].starts_with("2027-03-04T15:00:00"), "{starts:?}");
        assert_eq!(app.get("/api/v1/events?kind=concert").await.status(), 422);
        let (status, _, html) = page(app, "/calendar?month=2026-12", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("Marché paysan du Solilab"), "{html}");
        assert!(html.contains("webcal://"), "{html}");
        assert!(
            html.contains("date déplacée"),
            "the moved Wednesday: {html}"
        );
        let (status, _, html) = page(app, "/calendar?view=list&kind=event&lang=en", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("Markets and events"), "{html}");
        let (status, _, html) = page(app, "/events/marche-paysan", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("application/ld+json"), "{html}");
        assert!(html.contains("https://schema.org"), "{html}");
        assert!(html.contains("La Ferme du Marais"), "{html}");
        assert!(html.contains("Veille de Noël"), "{html}");
        let (status, _, html) = page(app, "/events/braderie", &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("exposants 2026"),
            "the published list of 2026: {html}"
        );
        let (status, _, _) = page(app, "/events/nope", &[]).await;
        assert_eq!(status, 404);
    }
);
