"""The documents a news item or letter carries: the letter as a PDF, a form to return."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class AttachmentBlock(DocumentChooserBlock):
    """One document, linked with its file type and size. No preview value: a chooser's
    value is a document in the library, which a preview cannot assume."""

    class Meta:
        icon = "doc-full"
        template = "blocks/attachment_block.html"
        label = _("Document")


class AttachmentBlocks(blocks.StreamBlock):
    """A news item's documents, in the order the office gives them.

    A StreamField rather than an InlinePanel of document links: the page form already
    refuses a document posted by id from a collection the user may not choose (its rich
    text and StreamFields, core.media), Wagtail's reference index sees each document's
    use, and the order needs no sort column."""

    document = AttachmentBlock()

    class Meta:
        template = "blocks/attachment_blocks.html"
