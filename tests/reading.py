"""What a reader's software gets: a feed parsed as a feed reader would, and the links on
a search results page."""

from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.test import Client

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed(path):
    """The Atom feed at `path`, parsed safely, after checking it is served as Atom."""
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)


def search_result_links(client, language, words):
    """The addresses the search results page links to, for `words` in `language`."""
    response = client.get(f"/{language}/search/", {"q": words})
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return [a["href"] for a in main.find_all("a", href=True)]
