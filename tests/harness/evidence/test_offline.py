"""The report page keeps no analytics tag, forbids network fetches and has no external reference left."""

from __future__ import annotations

import base64

import pytest

from harness.reports.offline import CONTENT_SECURITY_POLICY, external_references, make_offline

ALLURE_PAGE = """<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
    <meta charset="utf-8">
    <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E">
</head>
<body>
    <svg xmlns="http://www.w3.org/2000/svg"></svg>
    <a href="https://allurereport.org">Allure</a>
    <script   src="data:text/javascript;base64,Ly8gYXBw"></script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-LNDJ3J7WT0"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('config', 'G-LNDJ3J7WT0', {"report": "awesome"});
    </script>
    <script async>window.allureReportData = {};</script>
</body>
</html>
"""


def test_the_analytics_tag_goes_and_a_content_security_policy_comes_first() -> None:
    page = make_offline(ALLURE_PAGE)
    assert "googletagmanager" not in page and "gtag(" not in page
    assert page.index(CONTENT_SECURITY_POLICY) < page.index('<meta charset="utf-8">')
    assert "window.allureReportData" in page
    assert external_references(page) == []


def test_the_unmodified_page_refers_to_google() -> None:
    assert external_references(ALLURE_PAGE) == [
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-LNDJ3J7WT0'
    ]


@pytest.mark.parametrize(
    "fragment",
    [
        '<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Inter">',
        "<style>@font-face { src: url('https://fonts.gstatic.com/inter.woff2') }</style>",
        '<link rel="stylesheet" href="data:text/css;base64,'
        + base64.b64encode(b"@import 'https://cdn.example.com/x.css';").decode()
        + '">',
        "<img src=https://cdn.example.com/logo.png>",
    ],
)
def test_external_scripts_styles_fonts_and_images_are_found(fragment: str) -> None:
    assert len(external_references(ALLURE_PAGE.replace("</head>", fragment + "</head>"))) == 2


def test_a_page_without_head_is_refused() -> None:
    with pytest.raises(ValueError, match="<head>"):
        make_offline("<html><body></body></html>")
