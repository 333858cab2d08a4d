"""Whatever a feed sends, a parser returns what it could read or raises ParseError: never anything else."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.parsers import PARSERS, Parsed, ParseError

HXL_HEAD = b"Name,Code,IDPs,Date\n#adm1+name,#adm1+code,#affected+idps+ind,#date+reported\n"
PIECES = [b"<rss><channel><item><title>", b"</title><link>http://x/a</link>", b"</item></channel></rss>",
          b'{"data": [', b'{"fields": {"title": "t", "url_alias": "http://x/b", "body": "b"}}', b"]}", b"\xff",
          b"Idleb,SY07,1200,2020-02-01\n", b",,,\n", b'"unclosed', b"\x00", b"<![CDATA[", b"-5"]  # fmt: skip


@given(kind=st.sampled_from(sorted(PARSERS)), body=st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=20)),
                                                              max_size=12).map(b"".join))  # fmt: skip
@settings(max_examples=400, deadline=None)
def test_parsers_never_crash(kind, body):
    for content in (body, HXL_HEAD + body):
        try:
            parsed = PARSERS[kind](content)
        except ParseError:
            continue
        assert isinstance(parsed, Parsed)
        for row in parsed.rows:
            assert row.value > 0 and parsed.text[row.start : row.end] == row.raw
