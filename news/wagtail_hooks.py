from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def no_copy_buttons_over_attached_documents():
    """The attached documents are one list for every language (news/static/news/editor.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("news/editor.css"))
