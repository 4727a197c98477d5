"""StreamField blocks shared by every section. Each block renders itself."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    """A sub-heading inside a page's body (rendered as h2)."""

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = "Sample heading"
        label = _("Heading")


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and emphasis."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Sample paragraph.</p>"
        label = _("Paragraph")


class ListSectionBlock(blocks.StructBlock):
    """A themed list: an optional heading, an optional lead-in and its bullet points."""

    heading = blocks.CharBlock(required=False, label=_("Heading"))
    lead = blocks.CharBlock(required=False, label=_("Lead-in sentence"))
    items = blocks.ListBlock(blocks.TextBlock(label=_("Point")), label=_("Points"))

    class Meta:
        icon = "list-ul"
        template = "blocks/list_section_block.html"
        preview_value = {
            "heading": "Sample heading",
            "lead": "",
            "items": ["Sample point", "Another sample point"],
        }
        label = _("List")


class TimelineEventBlock(blocks.StructBlock):
    """One milestone: when it happened (a year where the text gives one) and what happened."""

    when = blocks.CharBlock(
        max_length=40,
        label=_("When"),
        help_text=_("As the reader should see it, e.g. 2011 or Since 2011."),
    )
    year = blocks.IntegerBlock(
        required=False,
        min_value=1800,
        max_value=2200,
        label=_("Year"),
        help_text=_("Machine-readable year, if there is one."),
    )
    text = blocks.TextBlock(label=_("What happened"))

    class Meta:
        icon = "date"
        template = "blocks/timeline_event_block.html"
        preview_value = {"when": "2000", "year": 2000, "text": "Sample milestone."}
        label = _("Milestone")


class ContentBlocks(blocks.StreamBlock):
    """The body of any page: headings, paragraphs and themed lists."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    list = ListSectionBlock()

    class Meta:
        template = "blocks/content_blocks.html"


class TimelineBlocks(blocks.StreamBlock):
    """A history timeline, in the order editors give."""

    event = TimelineEventBlock()

    class Meta:
        template = "blocks/timeline_blocks.html"
