"""canonicalize_url: tracking parameters and fragments go, everything else stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.article import canonicalize_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://example.com/a?utm_source=x&utm_medium=y&id=3#section",
            "https://example.com/a?id=3",
        ),
        ("https://example.com/a?fbclid=1&gclid=2&msclkid=3", "https://example.com/a"),
        (
            "https://www.example.cn/n/1.html?spm=a2c4g.1&from=timeline&isappinstalled=0",
            "https://www.example.cn/n/1.html",
        ),
        (
            "https://example.com/a?UTM_Campaign=x&q=a%20b&z=1&a=2",
            "https://example.com/a?q=a%20b&z=1&a=2",
        ),
        (
            "HTTPS://WWW.Example.COM:443/Path/Keeps/Case?x=1",
            "https://www.example.com/Path/Keeps/Case?x=1",
        ),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a?flag&utm_id=9", "https://example.com/a?flag"),
        ("https://example.com/a?", "https://example.com/a"),
        (
            "https://mp.weixin.qq.com/s?__biz=MzA&mid=265&idx=1&sn=abc&chksm=84&scene=21#wechat_redirect",
            "https://mp.weixin.qq.com/s?__biz=MzA&mid=265&idx=1&sn=abc",
        ),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("not a url#frag", "not a url"),
        ("http://[::1/broken#x", "http://[::1/broken"),
        ("", ""),
    ],
)
def test_canonicalize_url(url, expected):
    assert canonicalize_url(url) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=80)
    | st.from_regex(
        r"https?://[a-zA-Z.]{1,12}(:\d{1,5})?/[^#]{0,20}(\?[a-z_=&]{0,30})?(#.*)?", fullmatch=True
    )
)
def test_canonicalize_url_never_raises_and_is_idempotent(url):
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert "#" not in once or "#" not in url.split("#", 1)[0]
