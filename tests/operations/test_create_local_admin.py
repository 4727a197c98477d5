"""The local admin account the run command prints can log in to the admin."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings


@override_settings(DEBUG=True)
def test_printed_credentials_log_in_to_the_admin(client, trust_site):
    out = io.StringIO()
    call_command("create_local_admin", stdout=out)
    username, password = re.search(r"username: (\S+)\s+password: (\S+)", out.getvalue()).groups()
    response = client.post(
        "/admin/login/", {"username": username, "password": password}, follow=True
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.is_authenticated
    assert client.get("/admin/pages/").status_code == 200


@override_settings(DEBUG=True)
def test_the_login_link_names_the_port_make_run_serves_on(db):
    out = io.StringIO()
    call_command("create_local_admin", "--port", "8001", stdout=out)
    assert "Log in at http://127.0.0.1:8001/admin/ " in out.getvalue()


def test_refuses_to_create_an_admin_outside_development(db):
    with pytest.raises(CommandError):
        call_command("create_local_admin", stdout=io.StringIO())


def test_every_page_type_opens_in_the_admin_editor(admin_client, trust_site):
    from django.utils import timezone
    from wagtail.models import Page, get_page_models

    from notices.models import UrgentNoticePage
    from tests.factories import NewsItemPageFactory, VisionUpdatePageFactory

    updates = Page.objects.get(url_path="/home/vision/updates/")
    VisionUpdatePageFactory(parent=updates)
    NewsItemPageFactory(parent=Page.objects.get(url_path="/home/schools/banister/news/"))
    Page.objects.get(url_path="/home/notices/").add_child(
        instance=UrgentNoticePage(
            title="Closed", message="Closed.", ends_at=timezone.now() + timezone.timedelta(hours=1)
        )
    )
    seen = set()
    for page in Page.objects.filter(depth__gte=2).specific():
        if type(page) in seen:
            continue
        seen.add(type(page))
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
        # wagtail-modeltranslation gives every translated field a box per language.
        assert b'name="title_pl"' in response.content
    assert seen == {model for model in get_page_models() if model is not Page}
