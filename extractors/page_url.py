"""Canonical form of an article URL: tracking parameters and fragment removed."""

from __future__ import annotations

from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

# Parameters that only say how a reader arrived (ad clicks, newsletters, shares).
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
        "twclid", "ttclid", "igshid", "igsh", "li_fat_id", "mc_cid", "mc_eid", "mkt_tok",
        "_ga", "_gl", "spm", "scm", "spm_id_from", "vd_source", "share_source",
        "share_medium", "share_from", "share_token", "sharer_shareid", "sharer_sharetime",
        "from", "isappinstalled", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "s_cid",
        "sr_share", "smid", "smtyp", "wt.mc_id", "wt.mc_ev", "__twitter_impression",
        "rb_clickid", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "guccounter",
        "guce_referrer", "guce_referrer_sig",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "mtm_", "matomo_", "pk_", "hsa_", "_hs", "at_")

# WeChat article URLs carry a dozen per-reader parameters; only these name the article.
_HOST_KEEP_ONLY = {"mp.weixin.qq.com": frozenset({"__biz", "mid", "idx", "sn"})}
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _is_tracking(key: str, host: str) -> bool:
    name = unquote_plus(key).strip().lower()
    keep_only = _HOST_KEEP_ONLY.get(host)
    if keep_only is not None:
        return name not in keep_only
    return name in _TRACKING_PARAMS or name.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """`url` without tracking parameters (utm_*, fbclid, gclid, spm, ...) and fragment,
    with lower-case scheme and host and no default port. Other parameters keep their
    order and spelling. A string that is not a URL comes back stripped. Never raises.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        scheme = parts.scheme.lower()
        netloc = parts.netloc
        if host:
            port = parts.port
            userinfo = netloc.rpartition("@")[0]
            shown_host = f"[{host}]" if ":" in host else host
            netloc = (userinfo + "@" if userinfo else "") + shown_host
            if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
                netloc += f":{port}"
    except ValueError:  # e.g. an unbalanced IPv6 bracket or a bad port
        return url.split("#", 1)[0].strip()
    pairs = [p for p in parts.query.split("&") if p]
    kept = [p for p in pairs if not _is_tracking(p.split("=", 1)[0], host)]
    path = parts.path
    if not path and host and scheme in _DEFAULT_PORTS:
        path = "/"
    # strip again: cutting the fragment can leave trailing spaces of a malformed URL
    return urlunsplit((scheme, netloc, path, "&".join(kept), "")).strip()


def absolute_http_url(href: object, base: str | None) -> str | None:
    """`href` resolved against `base`, if that gives an absolute http(s) URL; else None."""
    if not isinstance(href, str) or not href.strip():
        return None
    try:
        resolved = urljoin(base or "", href.strip())
        parts = urlsplit(resolved)
    except ValueError:
        return None
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return resolved
