"""doc add|add-version|get|list|versions: documents kept (encrypted) inside the vault."""

from __future__ import annotations

from ...services import documents
from .. import render
from ..arguments import non_negative_int, positive_int


def register(sub) -> None:
    group = sub.add_parser("doc", help="documents inside the vault: add, add-version, get, list, versions")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="store a file in the vault (prints the new document)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--title", default="", help="title (default: the file name)")
    p.add_argument("--link", action="append", default=[], metavar="ID",
                   help="link it to a person or organisation (repeatable)")
    p.add_argument("--media-type", help="media type (default: guessed from the file name)")
    p.set_defaults(func=run_add)

    p = actions.add_parser("add-version", help="store a new version of a document (the old ones are kept)")
    p.add_argument("id", metavar="ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--media-type", help="media type (default: guessed from the file name)")
    p.set_defaults(func=run_add_version)

    p = actions.add_parser("get", help="write a document's content to a file you name (a deliberate export)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", required=True, metavar="FILE", help="where to write it")
    p.add_argument("--version", type=positive_int, metavar="N", help="which version (default: the latest)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(func=run_get)

    p = actions.add_parser("list", help="documents by title")
    p.add_argument("--linked-to", metavar="ID", help="only those linked to this person or organisation")
    p.add_argument("--limit", type=non_negative_int, default=100, help="at most N (default 100)")
    p.add_argument("--offset", type=non_negative_int, default=0, help="skip the first N")
    p.set_defaults(func=run_list)

    p = actions.add_parser("versions", help="every version of a document")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_versions)


def run_add(ctx, args) -> None:
    with ctx.vault() as vault:
        doc = documents.add_file(vault, args.file, title=args.title, links=args.link, media_type=args.media_type)
    v = doc.current
    ctx.out.result(doc, f"added document {doc.id} ({doc.title!r}, {v.size:,} bytes, {v.media_type})")


def run_add_version(ctx, args) -> None:
    with ctx.vault() as vault:
        v = documents.add_version(vault, args.id, args.file, media_type=args.media_type)
    ctx.out.result(v, f"added version {v.number} of document {v.document_id} ({v.size:,} bytes)")


def run_get(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        v = documents.export_to_file(vault, args.id, args.to, version=args.version, overwrite=args.force)
    ctx.out.result({"id": v.document_id, "version": v.number, "path": args.to, "size": v.size, "sha256": v.sha256},
                   f"wrote version {v.number} of document {v.document_id} to {args.to} ({v.size:,} bytes)")


def run_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = documents.list_documents(vault, linked_to=args.linked_to, limit=args.limit, offset=args.offset)
    if ctx.out.json:
        ctx.out.data(found)
        return
    ctx.out.table(render.DOCUMENT_HEADERS, [render.document_row(d) for d in found], empty="no documents")


def run_versions(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = documents.versions(vault, args.id)
    if ctx.out.json:
        ctx.out.data(found)
        return
    ctx.out.table(render.VERSION_HEADERS, [render.version_row(v) for v in found])
