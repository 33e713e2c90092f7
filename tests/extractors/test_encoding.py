"""decode_html: BOM > HTTP header > page declaration > detector, strict decoding decides."""

from __future__ import annotations

import codecs
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.encoding import declared_charset, decode_html, header_charset

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

SIMPLIFIED = "星河智能今天宣布完成新一轮融资，金额为六亿美元，投后估值达到四十亿美元。"
TRADITIONAL = "人工智慧公司今天宣佈完成新一輪融資，資金將用於購買圖形處理器與擴建資料中心。"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def test_empty_bytes_give_empty_text():
    assert decode_html(b"") == ("", "utf-8")


def test_utf8_bom_wins_over_a_wrong_meta_and_is_stripped():
    text, encoding = decode_html(page("bom_utf8_wrong_meta.html"))
    assert encoding == "utf-8"
    assert text.startswith("<!DOCTYPE html>")
    assert "Café owners try a GPU cluster — naïvely" in text


def test_utf16_bom_is_honoured():
    body = codecs.BOM_UTF16_LE + html(SIMPLIFIED).encode("utf-16-le")
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert encoding == "utf-16-le"
    assert SIMPLIFIED in text


def test_gbk_without_any_declaration_is_detected_as_gb18030():
    text, encoding = decode_html(page("zh_gbk_undeclared.html"))
    assert encoding == "gb18030"
    assert "金额为六亿美元，投后估值达到四十亿美元" in text


def test_big5_without_any_declaration_is_detected_as_big5hkscs():
    text, encoding = decode_html(page("zh_big5_undeclared.html"))
    assert encoding == "big5hkscs"
    assert "資金將用於購買圖形處理器與擴建資料中心" in text


def test_header_charset_is_used_when_it_decodes():
    body = html(SIMPLIFIED).encode("gbk")
    text, encoding = decode_html(body, "text/html; charset=GBK")
    assert (encoding, SIMPLIFIED in text) == ("gb18030", True)


def test_wrong_header_charset_falls_back_to_the_meta_declaration():
    text, encoding = decode_html(page("zh_meta_gb2312.html"), "text/html; charset=utf-8")
    assert encoding == "gb18030"
    assert "数据中心的用电量快速增长" in text


def test_wrong_header_and_no_meta_fall_back_to_the_detector():
    body = html(TRADITIONAL * 2).encode("big5")
    text, encoding = decode_html(body, "text/html; charset=utf-8")
    assert encoding == "big5hkscs"
    assert TRADITIONAL in text


def test_gb2312_label_reads_characters_only_gbk_has():
    # 镕 is not in GB2312, yet pages labelled gb2312 use it: read them as GB18030
    body = html("朱镕基", '<meta charset="gb2312">').encode("gbk")
    text, encoding = decode_html(body)
    assert encoding == "gb18030"
    assert "朱镕基" in text


def test_big5_label_reads_hong_kong_extensions():
    body = html("係咪㗎", '<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    text, encoding = decode_html(body.encode("big5hkscs"))
    assert encoding == "big5hkscs"
    assert "係咪㗎" in text


def test_valid_utf8_beats_a_default_latin1_header():
    body = html("人工智能公司完成融资 — café").encode("utf-8")
    text, encoding = decode_html(body, "text/html; charset=ISO-8859-1")
    assert encoding == "utf-8"
    assert "人工智能公司完成融资 — café" in text


def test_latin1_header_is_read_as_windows_1252():
    body = html("“smart quotes” cost €5").encode("cp1252")
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert encoding == "cp1252"
    assert "“smart quotes” cost €5" in text


def test_undeclared_latin_text_keeps_its_accents():
    text, _ = decode_html(html("Le café du coin a acheté un serveur.").encode("latin-1"))
    assert "café" in text


def test_unknown_labels_are_ignored():
    body = html(SIMPLIFIED, '<meta charset="x-no-such-charset">').encode("utf-8")
    assert decode_html(body, "text/html; charset=bogus") == (body.decode("utf-8"), "utf-8")


def test_undecodable_declared_charset_falls_back_with_replacement():
    body = b"<html><body><p>\xff\xfe\xfd broken</p></body></html>"
    text, _ = decode_html(body, "text/html; charset=utf-8")
    assert "broken" in text


def test_header_charset_parsing():
    assert header_charset('text/html; charset="UTF-8"') == "UTF-8"
    assert header_charset("text/html;charset=gb2312;q=1") == "gb2312"
    assert header_charset("text/html") is None
    assert header_charset(None) is None


def test_declared_charset_finds_meta_and_xml_declarations():
    assert declared_charset(b'<html><head><meta charset="GBK">') == "GBK"
    assert (
        declared_charset(b"<meta http-equiv='content-type' content='text/html; charset=big5'>")
        == "big5"
    )
    assert declared_charset(b'<?xml version="1.0" encoding="Shift_JIS"?><html>') == "Shift_JIS"
    assert declared_charset(b"<html><head><title>none</title>") is None


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=3000), content_type=st.none() | st.text(max_size=60))
def test_decode_html_never_raises(body, content_type):
    text, encoding = decode_html(body, content_type)
    assert isinstance(text, str)
    assert codecs.lookup(encoding)
