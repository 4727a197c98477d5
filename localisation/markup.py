"""The markup a translated rich text may carry: what the rich text editor could have
stored for that field, given its features (a paragraph block's bold, italic and links;
a policy's lists), and nothing else.

The editor (and so the translation screen) only ever stores that markup. A PO file's
msgstr is written by hand or by a translator's tool and stored as it is, and a rich
text is rendered unescaped (`|richtext`): without this check a translator could put a
script, a form, an iframe or a `<meta http-equiv="refresh">` into every reader's page.
So a rich text translation from a PO file is checked, and refused unless it is made
only of the field's own markup, written plainly (no comments, no unclosed or stray
tags, attributes in double quotes).
"""

import re
from html.parser import HTMLParser

from wagtail.rich_text import features as feature_registry
from wagtail.whitelist import check_url

# Tags a rich text always has (paragraphs, line breaks), and those each feature adds.
ALWAYS = {"p", "br"}
FEATURE_TAGS = {
    "bold": {"b", "strong"},
    "italic": {"i", "em"},
    "h1": {"h1"},
    "h2": {"h2"},
    "h3": {"h3"},
    "h4": {"h4"},
    "h5": {"h5"},
    "h6": {"h6"},
    "ol": {"ol", "li"},
    "ul": {"ul", "li"},
    "hr": {"hr"},
    "superscript": {"sup"},
    "subscript": {"sub"},
    "strikethrough": {"s"},
    "code": {"code"},
    "blockquote": {"blockquote"},
    "link": {"a"},
    "document-link": {"a"},
}
VOID = {"br", "hr"}
# The editor keeps a key on each block, so that a translation stays tied to its block.
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"}
# A start tag as the editor writes it: a name, then attributes in double quotes.
PLAIN_START_TAG = re.compile(r'<[a-z][a-z0-9]*(\s+[a-z][a-z-]*="[^"<>]*")*\s*/?>\Z')
DIGITS = re.compile(r"[0-9]+\Z")


def allowed_link(attrs, features):
    """Whether an <a>'s attributes are a link the editor stores: an external, email,
    phone or anchor link (`link`), or a link to a page (`link`) or a document
    (`document-link`) by id."""
    if set(attrs) == {"href"}:
        return "link" in features and bool(attrs["href"]) and check_url(attrs["href"]) is not None
    if set(attrs) == {"linktype", "id"} and DIGITS.match(attrs["id"] or ""):
        return (attrs["linktype"], True) in {
            ("page", "link" in features),
            ("document", "document-link" in features),
        }
    return False


class MarkupCheck(HTMLParser):
    def __init__(self, features):
        super().__init__(convert_charrefs=False)
        self.features = set(features)
        self.tags = ALWAYS.union(*(FEATURE_TAGS.get(f, set()) for f in self.features))
        self.open = []
        self.problem = None

    def refuse(self, what):
        if self.problem is None:
            self.problem = what

    def handle_starttag(self, tag, attrs):
        if tag not in self.tags:
            return self.refuse(f"<{tag}>")
        if not PLAIN_START_TAG.match(self.get_starttag_text() or ""):
            return self.refuse(f"<{tag}>")
        values = dict(attrs)
        if len(values) != len(attrs):
            return self.refuse(f"<{tag}>")
        if tag == "a":
            if not allowed_link(values, self.features):
                return self.refuse("<a>")
        elif set(values) - ({"data-block-key"} if tag in BLOCK_TAGS else set()):
            return self.refuse(f"<{tag}>")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            return self.refuse(f"<{tag}/>")
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.open or self.open.pop() != tag:
            self.refuse(f"</{tag}>")

    def handle_data(self, data):
        # A "<" left as text is markup this parser did not read as a tag (an unclosed
        # tag at the end, say) that a browser may: the editor writes it as &lt;.
        if "<" in data:
            self.refuse("<")

    def handle_comment(self, data):
        self.refuse("<!--")

    def handle_decl(self, decl):
        self.refuse("<!")

    def unknown_decl(self, data):
        self.refuse("<![")

    def handle_pi(self, data):
        self.refuse("<?")


def markup_problem(html, features=None):
    """None if `html` is made only of the markup the editor stores for a rich text with
    these features (the site's default features if None); else the first markup that
    is not, e.g. "<script>"."""
    if features is None:
        features = feature_registry.get_default_features()
    check = MarkupCheck(features)
    check.feed(html or "")
    check.close()
    if check.open:
        check.refuse(f"<{check.open[-1]}>")
    return check.problem
