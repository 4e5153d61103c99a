"""WebDAV/CardDAV XML: the request bodies we send, and the servers' answers read as hostile input.

An answer is parsed with defusedxml (no DTD, no entities, no external references) after its size was bounded
by the HTTP layer; a multistatus with absurd counts or sizes (too many responses, an endless href or ETag, a
status line that is not one) is refused as a whole (``Failure.BAD_ANSWER``) rather than read in part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element, SubElement, register_namespace, tostring

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from . import etags
from .errors import DavError, Failure

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CS = "http://calendarserver.org/ns/"
PREFIXES = {DAV: "d", CARD: "c", CS: "cs"}

MAX_RESPONSES = 500_000
MAX_HREF = 8192
MAX_TEXT = 64 * 1024 * 1024 // 16   # one property's text (a card's address-data fits: 4 MB)
_STATUS = re.compile(r"^HTTP/\d(?:\.\d)?\s+(\d{3})(?:\s|$)")


def q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


GETETAG = q(DAV, "getetag")
GETCONTENTLENGTH = q(DAV, "getcontentlength")
RESOURCETYPE = q(DAV, "resourcetype")
COLLECTION = q(DAV, "collection")
ADDRESSBOOK = q(CARD, "addressbook")
ADDRESS_DATA = q(CARD, "address-data")


# -- reading ----------------------------------------------------------------------------------------------------
def parse(body: bytes, method: str = "") -> Element:
    try:
        root = SafeTree.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, SafeTree.ParseError, ValueError):
        raise DavError(Failure.BAD_ANSWER, method=method) from None
    if not isinstance(root.tag, str):
        raise DavError(Failure.BAD_ANSWER, method=method)
    return root


@dataclass
class Entry:
    """One ``response`` of a multistatus: its path (decoded), its status (for a whole-resource status such as a
    sync-collection's 404) and its properties found (200) with the status of the others."""
    path: str
    status: int | None = None
    props: dict[str, Element] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    refused: set[str] = field(default_factory=set)   # among ``missing``: those the server refused (401/403)

    def text(self, name: str) -> str | None:
        el = self.props.get(name)
        if el is None:
            return None
        value = "".join(el.itertext())
        if len(value) > MAX_TEXT:
            raise DavError(Failure.BAD_ANSWER)
        return value

    @property
    def etag(self) -> str | None:
        return etags.clean(self.text(GETETAG))

    @property
    def size(self) -> int | None:
        raw = (self.text(GETCONTENTLENGTH) or "").strip()
        return int(raw) if raw.isdigit() and len(raw) < 19 else None

    def has_type(self, name: str) -> bool:
        el = self.props.get(RESOURCETYPE)
        return el is not None and el.find(name) is not None

    @property
    def is_collection(self) -> bool:
        return self.has_type(COLLECTION)


@dataclass
class Multistatus:
    entries: list[Entry]
    sync_token: str | None = None


def path_of(href: str, base: str) -> str:
    """The decoded path an href names (hrefs come as paths or full URLs, encoded or not)."""
    if len(href) > MAX_HREF:
        raise DavError(Failure.BAD_ANSWER)
    path = unquote(urlsplit(urljoin(base, href.strip())).path)
    if "\x00" in path or any(part in (".", "..") for part in path.split("/")):
        raise DavError(Failure.BAD_ANSWER)
    return path


def status_of(text: str | None) -> int | None:
    if text is None:
        return None
    m = _STATUS.match(text.strip())
    if not m:
        raise DavError(Failure.BAD_ANSWER)
    return int(m.group(1))


def multistatus(body: bytes, base: str, method: str = "") -> Multistatus:
    root = parse(body, method)
    if root.tag != q(DAV, "multistatus"):
        raise DavError(Failure.BAD_ANSWER, method=method)
    responses = root.findall(q(DAV, "response"))
    if len(responses) > MAX_RESPONSES:
        raise DavError(Failure.BAD_ANSWER, method=method)
    entries = []
    for resp in responses:
        hrefs = resp.findall(q(DAV, "href"))
        if not hrefs:
            raise DavError(Failure.BAD_ANSWER, method=method)
        entry = Entry(path_of(hrefs[0].text or "", base), status_of(_child_text(resp, q(DAV, "status"))))
        for ps in resp.findall(q(DAV, "propstat")):
            status = status_of(_child_text(ps, q(DAV, "status")))
            prop = ps.find(q(DAV, "prop"))
            if prop is None:
                continue
            for el in prop:
                if not isinstance(el.tag, str):
                    continue
                if status == 200:
                    entry.props[el.tag] = el
                else:
                    entry.missing.add(el.tag)
                    if status in (401, 403):
                        entry.refused.add(el.tag)
        entries.append(entry)
    token = _child_text(root, q(DAV, "sync-token"))
    if token is not None and len(token) > MAX_HREF:
        raise DavError(Failure.BAD_ANSWER, method=method)
    return Multistatus(entries, token.strip() if token else None)


def _child_text(el: Element, name: str) -> str | None:
    child = el.find(name)
    return None if child is None else (child.text or "")


def error_conditions(body: bytes) -> set[str]:
    """The precondition elements of a DAV:error body (e.g. ``{DAV:}valid-sync-token``); empty when it is not one."""
    try:
        root = parse(body)
    except DavError:
        return set()
    if root.tag != q(DAV, "error"):
        return set()
    return {child.tag for child in root if isinstance(child.tag, str)}


# -- writing ----------------------------------------------------------------------------------------------------
for _ns, _prefix in PREFIXES.items():
    register_namespace(_prefix, _ns)


def _root(ns: str, name: str) -> Element:
    return Element(q(ns, name))


def _bytes(root: Element) -> bytes:
    return tostring(root, encoding="utf-8", xml_declaration=True)


def _props(parent: Element, names: list[str]) -> None:
    prop = SubElement(parent, q(DAV, "prop"))
    for name in names:
        SubElement(prop, name)


def propfind(names: list[str]) -> bytes:
    root = _root(DAV, "propfind")
    _props(root, names)
    return _bytes(root)


def sync_collection(token: str, names: list[str]) -> bytes:
    root = _root(DAV, "sync-collection")
    SubElement(root, q(DAV, "sync-token")).text = token
    SubElement(root, q(DAV, "sync-level")).text = "1"
    _props(root, names)
    return _bytes(root)


def addressbook_multiget(hrefs: list[str], names: list[str]) -> bytes:
    root = _root(CARD, "addressbook-multiget")
    _props(root, names)
    for href in hrefs:
        SubElement(root, q(DAV, "href")).text = href
    return _bytes(root)


def mkcol_addressbook(display_name: str) -> bytes:
    """Extended MKCOL (RFC 5689) of an address book."""
    root = _root(DAV, "mkcol")
    prop = SubElement(SubElement(root, q(DAV, "set")), q(DAV, "prop"))
    rtype = SubElement(prop, RESOURCETYPE)
    SubElement(rtype, COLLECTION)
    SubElement(rtype, ADDRESSBOOK)
    if display_name:
        SubElement(prop, q(DAV, "displayname")).text = display_name
    return _bytes(root)
