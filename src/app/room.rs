//! Who can open a share link (web-free, tested in tests/room.rs). A QR code
//! is for the phones in the room: it must hold an address they can reach.
//! The page's own address is often not one — `127.0.0.1` on the presenter's
//! laptop is every phone's *own* loopback, a `file://` page is on one disk —
//! so a server that knows better says so in `room.json` beside the page
//! (`bash scripts/serve.sh --room`, or a file a host puts there: docs/DEPLOY.md),
//! and the share link and QR code use the address it names.

/// The address phones should open, from `room.json`'s text
/// (`{"urls": ["http://192.168.1.5:8080/"]}`): the first http(s) URL, or
/// None for anything else (a missing, empty or malformed file says nothing).
pub fn room_url(json: &str) -> Option<String> {
    let value = crate::json::parse(json).ok()?;
    value.get("urls")?.as_array()?.iter().filter_map(|u| u.as_str()).find_map(|u| {
        let rest = u.strip_prefix("http://").or_else(|| u.strip_prefix("https://"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        (!host.is_empty() && u.len() <= 2000 && !u.contains(char::is_whitespace)).then(|| u.to_string())
    })
}

/// Who can open a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Anyone on the network the address is on (a phone in the room, if it is the room's).
    Network,
    /// This computer only: a loopback address (127.0.0.0/8, localhost, [::1]).
    ThisComputer,
    /// Nobody else: the page was opened from a file.
    ThisFile,
}

/// Who can open `url`, from its scheme and host.
pub fn reach(url: &str) -> Reach {
    let Some((scheme, rest)) = url.split_once("://") else { return Reach::ThisFile };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Reach::ThisFile;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    }
    .to_ascii_lowercase();
    let loopback = host == "localhost"
        || host.ends_with(".localhost")
        || host == "::1"
        || host
            .strip_prefix("127.")
            .is_some_and(|r| r.split('.').count() == 3 && r.split('.').all(|o| o.parse::<u8>().is_ok()));
    if loopback {
        Reach::ThisComputer
    } else {
        Reach::Network
    }
}

/// Who can open a share link: anyone the room's server meant, if the link
/// is at the address it named (the server knows its network; on a test
/// machine that may well be another loopback address), else what its
/// address says.
pub fn link_reach(link: &str, room: Option<&str>) -> Reach {
    match room {
        Some(room) if link.starts_with(room) => Reach::Network,
        _ => reach(link),
    }
}

/// The share link of a scenario's `#fragment`: the room's address when the
/// server named one, else the page's own (without its old fragment).
pub fn share_link(page_href: &str, room: Option<&str>, fragment: &str) -> String {
    let base = room.unwrap_or_else(|| page_href.split('#').next().unwrap_or_default());
    format!("{}#{fragment}", base.split('#').next().unwrap_or_default())
}
