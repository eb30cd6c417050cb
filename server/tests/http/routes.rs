//! The managers' and the admins' routes, each `(method, path, body)`, that the access test
//! sends as other roles; `FORM` is a server function's form post.
/// The managers' routes on a site's objects, `(method, path, body)` as in `access::OBJECT_ROUTES`:
/// tenants are refused them.
pub const MANAGER_ROUTES: &[(&str, &str, &str)] = &[
    ("PATCH", "/api/v1/spaces/1", r#"{"name":"X"}"#),
    ("POST", "/api/v1/spaces/1/retire", ""),
    (
        "POST",
        "/api/v1/markets",
        r#"{"site":"solilab","name":"X","weekdays":["SA"],"opens":"08:00","closes":"12:00","first_day":"2027-01-02"}"#,
    ),
    ("GET", "/api/v1/markets/marche-paysan", ""),
    ("PATCH", "/api/v1/markets/marche-paysan", r#"{"name":"X"}"#),
    (
        "POST",
        "/api/v1/markets/marche-paysan/exceptions",
        r#"{"day":"2027-01-07","reason":"X"}"#,
    ),
    (
        "DELETE",
        "/api/v1/markets/marche-paysan/exceptions/2026-12-31",
        "",
    ),
    (
        "POST",
        "/api/v1/markets/marche-paysan/producers",
        r#"{"name":"X"}"#,
    ),
    ("DELETE", "/api/v1/markets/marche-paysan/producers/1", ""),
    (
        "PUT",
        "/api/v1/markets/marche-paysan/roster/2027-01-07",
        r#"{"producers":[]}"#,
    ),
    ("POST", "/api/v1/events", r#"{"site":"solilab","name":"X"}"#),
    ("GET", "/api/v1/events/braderie", ""),
    (
        "PUT",
        "/api/v1/events/braderie",
        r#"{"site":"solilab","name":"X"}"#,
    ),
    (
        "POST",
        "/api/v1/events/braderie/editions",
        r#"{"starts_on":"2035-06-02","opens":"10:00","closes":"18:00","call_opens_on":"2035-01-01","call_closes_on":"2035-03-01"}"#,
    ),
    (
        "PUT",
        "/api/v1/editions/1",
        r#"{"starts_on":"2035-06-02","opens":"10:00","closes":"18:00","call_opens_on":"2035-01-01","call_closes_on":"2035-03-01"}"#,
    ),
    (
        "POST",
        "/api/v1/editions/1/stall-types",
        r#"{"name":"X","width_cm":300,"depth_cm":300,"price_cents":100}"#,
    ),
    (
        "POST",
        "/api/v1/editions/1/stalls",
        r#"{"stall_type_id":1,"count":2}"#,
    ),
    ("DELETE", "/api/v1/stalls/1", ""),
    (
        "POST",
        "/api/v1/parcels",
        r#"{"structure_id":1,"carrier":"DHL","count":1}"#,
    ),
    ("POST", "/api/v1/parcels/1/pickup", r#"{"taken_by":"X"}"#),
    ("FORM", "/api/fn/desk_parcels", ""),
    ("FORM", "/api/fn/parcel_recipients", ""),
    (
        "FORM",
        "/api/fn/log_parcel",
        "structure=X&carrier=DHL&count=1&size=small&note=",
    ),
    ("FORM", "/api/fn/pickup_parcels", "ids[]=1&taken_by=X"),
    ("FORM", "/api/fn/day_register", ""),
    ("POST", "/api/v1/visitors/1/arrival", ""),
    ("FORM", "/api/fn/desk_visitors", "date="),
    ("FORM", "/api/fn/check_in_visitor", "id=1"),
    ("FORM", "/api/fn/event_rows", ""),
    ("FORM", "/api/fn/import_check", "id=1"),
    ("FORM", "/api/fn/plan_for_managers", ""),
    (
        "FORM",
        "/api/fn/place_space",
        "id=1&site=solilab&floor=1&form[x]=1&form[y]=1&form[w]=1&form[h]=1",
    ),
    ("FORM", "/api/fn/run_import", "id=1"),
    ("FORM", "/api/fn/event_for_managers", "slug=braderie"),
    ("FORM", "/api/fn/edition_for_managers", "id=1"),
    (
        "FORM",
        "/api/fn/create_event",
        "input[site]=solilab&input[name]=X",
    ),
    (
        "FORM",
        "/api/fn/add_stall_type",
        "id=1&form[name]=X&form[width_cm]=300&form[depth_cm]=300&form[price]=10",
    ),
    (
        "FORM",
        "/api/fn/add_stalls",
        "id=1&input[stall_type_id]=1&input[count]=2",
    ),
    ("FORM", "/api/fn/remove_stall", "edition=1&id=1"),
    ("FORM", "/api/fn/renumber_stall", "edition=1&id=1&number=5"),
    ("FORM", "/api/fn/move_stall", "id=1&x=1&y=1&w=1&h=1"),
    ("FORM", "/api/fn/move_space", "id=1&x=1&y=1&w=1&h=1"),
    ("FORM", "/api/fn/market_page", "slug=marche-paysan"),
    (
        "FORM",
        "/api/fn/create_market",
        "input[site]=solilab&input[name]=X&input[weekdays][5]=SA&input[opens]=08:00&input[closes]=12:00&input[first_day]=2027-01-02",
    ),
    (
        "FORM",
        "/api/fn/change_market_day",
        "slug=marche-paysan&input[day]=2027-01-07&input[reason]=X",
    ),
    (
        "FORM",
        "/api/fn/restore_market_day",
        "slug=marche-paysan&day=2026-12-31",
    ),
    (
        "FORM",
        "/api/fn/set_market_roster",
        "slug=marche-paysan&day=2027-01-07",
    ),
];

/// The admins' routes, `(method, path, body)` as in `access::OBJECT_ROUTES`: tenants and managers are
/// refused them.
pub const ADMIN_ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/api/v1/sites", ""),
    (
        "POST",
        "/api/v1/sites",
        r#"{"name":"X","address":"X","postcode":"44000","city":"X"}"#,
    ),
    ("GET", "/api/v1/sites/1", ""),
    ("PATCH", "/api/v1/sites/1", r#"{"city":"Rezé"}"#),
    ("FORM", "/api/fn/site_list", ""),
    ("FORM", "/api/fn/site_details", "id=1"),
    (
        "FORM",
        "/api/fn/create_site",
        "input[name]=X&input[address]=X&input[postcode]=44000&input[city]=X",
    ),
    (
        "FORM",
        "/api/fn/update_site",
        "id=1&input[name]=X&input[address]=X&input[postcode]=44000&input[city]=X",
    ),
];
