#pragma once
// HTML building blocks: escaping and the page shell every Dutch page uses.

#include <string>
#include <string_view>
#include <vector>

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
  std::string title;                 // Dutch; also the <title>
  std::vector<NavLink> breadcrumbs;  // from the home page down, current page excluded
};

/// Wraps `main_html` in the page shell: language, skip link, header, navigation, footer and
/// the NL Design System stylesheets. Works without JavaScript.
std::string RenderPage(const PageOptions& options, std::string_view main_html);

}  // namespace passend::web
