#pragma once
// HTML building blocks: escaping and the page shell every Dutch page uses.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "web/router.h"

namespace passend::web {

/// Escapes text for HTML element content and attribute values.
std::string Escape(std::string_view text);

/// A link in the page navigation.
struct NavLink {
  std::string href;
  std::string label;
};

/// What the shell needs besides the main content.
struct PageOptions {
  std::string title;                        // Dutch; also the <title>
  std::vector<NavLink> breadcrumbs;         // from the home page down, current page excluded
  const RequestContext* context = nullptr;  // who is logged in (header, navigation)
};

/// Wraps `main_html` in the page shell: language, skip link, header with the logged-in
/// person's role and organisation, navigation for that role, footer and the NL Design System
/// stylesheets. Works without JavaScript.
std::string RenderPage(const PageOptions& options, std::string_view main_html);

/// The hidden CSRF field every form of a logged-in page carries.
std::string CsrfField(const std::string& token);

/// Dutch thousands separator for counts on pages (12.345).
std::string FormatCount(int64_t n);
/// A count of children as published: `<5` for 1..4 (domain/suppression.h), else FormatCount.
std::string FormatSuppressedCount(int64_t n);

}  // namespace passend::web
