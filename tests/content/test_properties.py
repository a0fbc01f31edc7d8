"""Properties that hold for any text: no exception, quotes are substrings, ranges are valid."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.build import build_model
from kiosk.content.source import SourceText

# Text built from the characters that matter to the parser, so the rules are exercised.
ALPHABET = st.sampled_from(list(
    "中国科技创新论坛说表示指出介绍：“”‘’，。！？、；——…▲◀（）记者新华社北京5月27日电"
    "0123456789 abcQuafu%第位个万多成倍年\n\n\n"))
TEXTS = st.text(alphabet=ALPHABET, min_size=1, max_size=400) | st.text(min_size=1, max_size=200)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_valid_model(text: str) -> None:
    model = build_model(SourceText("x.txt", text, "utf-8", "0"))
    lines = text.split("\n")
    normalized = "\n".join(p.text for p in model.article.paragraphs)
    for para in model.article.paragraphs:
        assert 1 <= para.first_line <= para.last_line <= len(lines)
    for quote in model.quotes:
        assert quote.text in normalized
        assert quote.text in model.article.paragraphs[quote.paragraph].text
    for fig in model.figures:
        assert fig.sentence in model.article.paragraphs[fig.paragraph].text
