"""The HTTP layer and the XML reader against real servers and the fault proxy: typed failures (codes), one
request and no more after an authentication failure, TLS always verified (a CA file for a hoster's own CA),
plain http only to loopback or when confirmed, bounded answers, hostile XML refused, every request counted."""

from __future__ import annotations

import pytest

from commons_desktop.sync import davxml
from commons_desktop.sync.carddav import CardDav
from commons_desktop.sync.errors import DavError, Failure
from commons_desktop.sync.http import Endpoint, Http, check_url
from commons_desktop.sync.webdav import WebDav
from tests.sync.conftest import PASSWORDS, needs_sabre
from tests.sync.servers import free_port


def dav(url: str, user: str = "alice", password: str | None = None, **kw) -> WebDav:
    return WebDav(Http(Endpoint(url, user, PASSWORDS[user] if password is None else password, **kw)))


def failure(fn) -> DavError:
    with pytest.raises(DavError) as info:
        fn()
    return info.value


@needs_sabre
def test_wrong_password_is_one_request_and_then_none(sabre, proxy):
    p = proxy(sabre.port)
    client = dav(p.url("/server.php/"), password="wrong")
    err = failure(lambda: client.stat("/server.php/"))
    assert err.failure is Failure.AUTH and err.status == 401
    assert p.count() == 1 and client.requests == 1
    for _ in range(3):  # every later call fails at once: nothing is sent with the refused credentials
        assert failure(lambda: client.listing("/server.php/")).failure is Failure.AUTH
        assert failure(lambda: client.put("/server.php/x", b"x", content_type="text/plain", create=True)
                       ).failure is Failure.AUTH
    assert p.count() == 1 and client.requests == 1
    assert "wrong" not in str(err) and PASSWORDS["alice"] not in str(err)


def test_wrong_password_on_radicale_is_one_request(radicale, proxy):
    p = proxy(radicale.port)
    card = CardDav(Http(Endpoint(p.url("/alice/"), "alice", "not-her-password")))
    assert failure(card.discover).failure is Failure.AUTH
    assert failure(card.discover).failure is Failure.AUTH
    assert p.count() == 1 and card.requests == 1


def test_tls_verified_with_the_hosters_ca_file(radicale, proxy, certs):
    p = proxy(radicale.port, cert=certs.cert, key=certs.key)
    url = p.url("/alice/")
    err = failure(lambda: CardDav(Http(Endpoint(url, "alice", PASSWORDS["alice"]))).discover())
    assert err.failure is Failure.TLS  # a self-signed hoster without its CA file: refused
    client = dav(url, ca_file=str(certs.ca))
    assert client.stat("/alice/") is not None  # the same server, trusted through the CA file


def test_tls_certificate_for_another_name_is_refused_even_with_the_ca(radicale, proxy, certs):
    p = proxy(radicale.port, cert=certs.other_cert, key=certs.other_key)
    err = failure(lambda: dav(p.url("/alice/"), ca_file=str(certs.ca)).stat("/alice/"))
    assert err.failure is Failure.TLS


def test_plain_http_only_to_loopback_or_when_confirmed():
    for url in ("http://127.0.0.1:1/", "http://localhost:1/x/", "http://[::1]:1/", "https://dav.example.org/"):
        check_url(url)
    with pytest.raises(DavError) as info:
        Endpoint("http://dav.example.org/remote.php/dav/", "alice", "pw")
    assert info.value.failure is Failure.INSECURE
    Endpoint("http://dav.example.org/remote.php/dav/", "alice", "pw", plain_http=True)  # the remembered "yes"
    for bad in ("ftp://dav.example.org/", "https://alice:pw@dav.example.org/", "https:///nohost", "dav.example.org",
                "https://dav.example.org/#frag"):
        with pytest.raises(DavError) as info:
            check_url(bad)
        assert info.value.failure is Failure.BAD_URL


def test_unreachable_timeout_and_reset(radicale, proxy):
    port = free_port()
    err = failure(lambda: dav(f"http://127.0.0.1:{port}/").stat("/"))
    assert err.failure is Failure.UNREACHABLE
    p = proxy(radicale.port)
    p.add("hang", seconds=5)
    client = dav(p.url("/alice/"), read_timeout=0.5)
    assert failure(lambda: client.stat("/alice/")).failure is Failure.TIMEOUT
    p.add("reset")
    assert failure(lambda: client.stat("/alice/")).failure is Failure.INTERRUPTED
    p.add("cut", method="PROPFIND")
    assert failure(lambda: client.stat("/alice/")).failure is Failure.INTERRUPTED
    p.add("status", status=503)
    err = failure(lambda: client.stat("/alice/"))
    assert err.failure is Failure.SERVER and err.status == 503
    assert client.stat("/alice/") is not None
    assert client.requests == 5


def test_answers_are_bounded_and_hostile_xml_refused(radicale, proxy):
    p = proxy(radicale.port)
    client = dav(p.url("/alice/"))
    huge = b"<?xml version='1.0'?><multistatus xmlns='DAV:'>" + b" " * (40 * 1024 * 1024) + b"</multistatus>"
    p.add("status", status=207, body=huge)
    assert failure(lambda: client.stat("/alice/")).failure is Failure.TOO_LARGE
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            b'<multistatus xmlns="DAV:"><response><href>&lol2;</href></response></multistatus>')
    p.add("status", status=207, body=bomb)
    assert failure(lambda: client.stat("/alice/")).failure is Failure.BAD_ANSWER
    external = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<multistatus xmlns="DAV:"><response><href>&x;</href></response></multistatus>')
    p.add("status", status=207, body=external)
    assert failure(lambda: client.stat("/alice/")).failure is Failure.BAD_ANSWER
    for body in (b"not xml at all", b"<html><body>Welcome</body></html>",
                 b"<multistatus xmlns='DAV:'><response><href>/alice/../../etc/</href></response></multistatus>",
                 b"<multistatus xmlns='DAV:'><response><href>/" + b"a" * 9000 + b"</href></response></multistatus>",
                 b"<multistatus xmlns='DAV:'><response><href>/alice/</href><propstat><prop/><status>bogus</status>"
                 b"</propstat></response></multistatus>"):
        p.add("status", status=207, body=body)
        assert failure(lambda: client.stat("/alice/")).failure is Failure.BAD_ANSWER, body[:40]


def test_redirects_within_the_origin_only(radicale, proxy):
    p = proxy(radicale.port)
    client = dav(p.url("/alice/"))
    p.add("status", status=301, headers=(("Location", "https://elsewhere.example/alice/"),))
    assert failure(lambda: client.stat("/alice/")).failure is Failure.REDIRECT
    card = CardDav(client.http)
    p.add("status", status=301, headers=(("Location", "/alice/"),))
    assert client.http.send("PROPFIND", "/", headers={"Depth": "0"}, body=davxml.propfind([davxml.RESOURCETYPE]),
                            ok=(207,), follow=True, max_bytes=1 << 20).status == 207
    assert card.requests == 3


def test_weak_and_absent_etags_are_never_sent_in_if_match():
    from commons_desktop.sync.etags import clean, usable_for_if_match
    assert usable_for_if_match('"abc"') and not usable_for_if_match('W/"abc"') and not usable_for_if_match(None)
    assert clean(' "x" ') == '"x"' and clean("") is None and clean('"a\nb"') is None and clean("x" * 2000) is None
    client = dav("http://127.0.0.1:9/")
    with pytest.raises(ValueError):
        client.put("/x", b"x", content_type="text/plain", if_match='W/"abc"')
    with pytest.raises(ValueError):
        client.delete("/x", if_match=None)
    assert client.requests == 0
