"""Rendering a Report as the plain-text table `newsgraph eval` prints."""

from __future__ import annotations

from newsgraph.evaluation.scoring import Counts, ErrorCase, Report


def _pct(x: float | None) -> str:
    return "    –" if x is None else f"{x:5.3f}"


def _row(name: str, c: Counts, width: int) -> str:
    return (f"{name:<{width}}  {_pct(c.precision)}  {_pct(c.recall)}  {_pct(c.f1)}"
            f"  {c.tp:>5} {c.fp:>5} {c.fn:>5}")


def _errors(title: str, errors: list[ErrorCase], limit: int) -> list[str]:
    if not errors or limit <= 0:
        return []
    out = ["", f"{title} ({len(errors)}{', first ' + str(limit) if len(errors) > limit else ''}):"]
    for e in errors[:limit]:
        extra = f"  [{e.trigger}]" if e.trigger else ""
        out.append(f"  {e.item}  {e.triple}{extra}")
        out.append(f"      {e.text if len(e.text) <= 200 else e.text[:197] + '...'}")
    return out


def format_report(report: Report, show_errors: int = 10, title: str | None = None) -> str:
    names = ["overall", *report.by_lang, *report.by_relation, *report.by_note]
    width = max(len(n) for n in names) + 2
    header = f"{'':<{width}}  {'    P':>5}  {'    R':>5}  {'   F1':>5}  {'   tp':>5} {'   fp':>5} {'   fn':>5}"
    lines = []
    if title:
        lines.append(title)
    mode = f"level={report.level}, {'strict (negation must agree)' if report.strict else 'negation ignored'}"
    lines.append(f"{report.items} items, {mode}")
    lines += [header, _row("overall", report.overall, width)]
    if report.overall.tp:
        lines.append(f"negation agrees on {report.negation_agree}/{report.overall.tp} matched triples")
    lines += ["", "by language:"] + [_row(f"  {k}", v, width) for k, v in sorted(report.by_lang.items())]
    lines += ["", "by relation class:"] + [_row(f"  {k}", v, width) for k, v in sorted(report.by_relation.items())]
    if report.by_note:
        lines += ["", "by construction (the gold items' notes; an item counts under each of its tags):"]
        lines += [_row(f"  {k}", v, width) for k, v in sorted(report.by_note.items())]
    if report.ignored:
        lines.append(f"\n{report.ignored} predictions matched gold events that name no target (not counted)")
    if report.failed:
        lines.append(f"\n{len(report.failed)} items could not be extracted (they count as predicting nothing)")
    lines += _errors("misses: gold triples not predicted", report.misses, show_errors)
    lines += _errors("false hits: predicted triples not in gold", report.false_hits, show_errors)
    return "\n".join(lines)
