//! Who can open a share link (src/app/room.rs): the QR code must hold an
//! address a phone in the room can reach, and say so when it cannot.
use urban_rural_sim::app::room::{link_reach, reach, room_url, share_link, Reach};

#[test]
fn loopback_addresses_reach_this_computer_only() {
    for url in [
        "http://127.0.0.1:8080/#v1",
        "http://127.0.0.2:9000/sim/",
        "http://127.255.0.1/",
        "http://localhost:8080/",
        "http://LOCALHOST/",
        "http://app.localhost/",
        "http://[::1]:8080/",
        "http://user@127.0.0.1/",
    ] {
        assert_eq!(reach(url), Reach::ThisComputer, "{url}");
    }
}

#[test]
fn network_addresses_and_files() {
    for url in [
        "http://192.168.1.5:8080/",
        "https://example.gov.cn/plan/sim/#v1",
        "http://10.0.0.5/",
        "http://127.0.0.1.example.com/",
    ] {
        assert_eq!(reach(url), Reach::Network, "{url}");
    }
    for url in ["file:///home/planner/urs.html", "blob:http://x/1", "no scheme"] {
        assert_eq!(reach(url), Reach::ThisFile, "{url}");
    }
}

#[test]
fn room_json_names_the_first_http_address() {
    assert_eq!(
        room_url(r#"{"urls": ["http://192.168.1.5:8080/", "http://10.0.0.2:8080/"]}"#).as_deref(),
        Some("http://192.168.1.5:8080/")
    );
    assert_eq!(
        room_url(r#"{"urls": ["javascript:alert(1)", "https://x.cn/sim/"]}"#).as_deref(),
        Some("https://x.cn/sim/")
    );
    for bad in [
        "",
        "null",
        "{}",
        r#"{"urls": []}"#,
        r#"{"urls": "http://x/"}"#,
        r#"{"urls": ["http://"]}"#,
        r#"{"urls": ["http://a b/"]}"#,
        "<html>",
    ] {
        assert_eq!(room_url(bad), None, "{bad}");
    }
}

#[test]
fn the_share_link_uses_the_room_address_when_there_is_one() {
    let page = "http://127.0.0.1:8080/index.html#v1~old";
    assert_eq!(share_link(page, None, "v1~new"), "http://127.0.0.1:8080/index.html#v1~new");
    assert_eq!(share_link(page, Some("http://127.0.0.2:8080/"), "v1~new"), "http://127.0.0.2:8080/#v1~new");
}

#[test]
fn a_link_at_the_address_the_room_named_is_for_the_room_even_on_loopback() {
    // The test machine's stand-in for the room's network is 127.0.0.2.
    let room = Some("http://127.0.0.2:8080/");
    assert_eq!(link_reach("http://127.0.0.2:8080/#v=1", room), Reach::Network);
    assert_eq!(link_reach("http://127.0.0.1:8080/#v=1", room), Reach::ThisComputer);
    assert_eq!(link_reach("http://127.0.0.2:8080/#v=1", None), Reach::ThisComputer);
}
