"""A plain-text digest of a parsed article, for curators checking what the parser found."""

from __future__ import annotations

from kiosk.content.model import ContentModel


def summary(model: ContentModel) -> str:
    """A human-readable digest of the model, for curators checking a parse."""
    art = model.article
    out = [f"{art.kicker}{art.title}",
           f"{art.dateline}  {art.date}  记者：{'、'.join(art.reporters)}",
           f"event: {model.event.name} {model.event.start}–{model.event.end} {model.event.place}",
           f"sections: {' / '.join(s.heading or '(untitled)' for s in art.sections)}",
           f"paragraphs: {len(art.paragraphs)}  captions: {len(art.captions)}", "",
           f"quotes ({len(model.quotes)}):"]
    out += [f"  [{q.id}] {q.speaker}（{q.speaker_title}）{q.context}：{q.text}"
            for q in model.quotes]
    count = model.announced.count
    out += ["", f"achievements ({len(model.achievements)}; the article announces "
                f"{count if count is not None else '?'}):"]
    out += [f"  [{a.id}] {a.kind}: {a.name} ({a.provenance.origin})" for a in model.achievements]
    out += ["", f"exhibits ({len(model.exhibits)}):"]
    out += [f"  [{e.id}] {e.name} — {e.maker or 'maker not named'}" for e in model.exhibits]
    out += ["", f"figures ({len(model.figures)}):"]
    out += [f"  {f.literal}: {f.label} ({f.kind}, {f.value:g}{f.unit})" for f in model.figures]
    out += ["", f"people: {'、'.join(p.name for p in model.people)}",
            f"organisations: {'、'.join(o.name for o in model.organisations)}",
            f"topics: {' '.join(t.term for t in model.topics)}",
            f"sub-forums: {'、'.join(model.sub_forums)}", f"fields: {'、'.join(model.fields)}"]
    out += [f"curation: {n.file}:{n.line}: {n.reason}" for n in model.curation]
    return "\n".join(out) + "\n"
