#!/usr/bin/python3
"""Print the items of Chromium's open native menus (context menu and open submenus) as JSON.

Run with the system python (it needs python3-gi + gir1.2-atspi-2.0) and the environment from
accessible-display.mjs. Output: {"menus": [{"app": "Chromium", "items": [...]}, ...]}, outermost
menu first, so the last menu is the innermost open submenu. Each item:
  label     accessible name without Chromium's accelerator suffix ("Reload Ctrl+R" -> "Reload")
  name      accessible name as Chromium reports it
  enabled   false for greyed-out items (the keyboard highlight still stops on them)
  selected  true for the highlighted item (the one Return would activate)
  focused   Chromium reports the highlighted item as focused too; kept for diagnostics
  submenu   the item opens a submenu (extension groups such as "Katib")
  expanded  that submenu is open
"""
import json
import re
import sys

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

S = Atspi.StateType
R = Atspi.Role
# Chromium's views name a menu item "<title> <accelerator>", e.g. "Back Alt+Left Arrow".
ACCELERATOR = re.compile(r'\s+(?:(?:Ctrl|Alt|Shift|Meta|Super|Search)\+)+\S.*$')
ITEM_ROLES = {R.MENU_ITEM, R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM}


def children(acc):
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            yield child


def find_menus(acc, depth):
    """Menu lists (views' SubmenuView) inside one menu window; they sit a few levels down."""
    if acc.get_role() == R.MENU:
        yield acc
        return  # items never contain further menus; submenus are separate windows
    if depth > 0:
        for child in children(acc):
            yield from find_menus(child, depth - 1)


def describe(item):
    states = item.get_state_set()
    name = item.get_name() or ''
    return {
        'label': ACCELERATOR.sub('', name),
        'name': name,
        'enabled': states.contains(S.ENABLED),
        'selected': states.contains(S.SELECTED),
        'focused': states.contains(S.FOCUSED),
        'submenu': states.contains(S.HAS_POPUP) or states.contains(S.EXPANDABLE),
        'expanded': states.contains(S.EXPANDED),
    }


def open_menus():
    menus = []
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        # Each native menu (and each submenu) is its own top-level window whose first child is
        # a "menu bar" (views' MenuScrollViewContainer); skipping every other window avoids
        # walking the whole browser UI, which costs a D-Bus round trip per node.
        for window in children(app):
            first = window.get_child_at_index(0) if window.get_child_count() else None
            if first is None or first.get_role() != R.MENU_BAR:
                continue
            for menu in find_menus(first, 4):
                # A closed menu's window can linger for a moment; only showing ones count.
                if not menu.get_state_set().contains(S.SHOWING):
                    continue
                items = [describe(c) for c in children(menu) if c.get_role() in ITEM_ROLES]
                menus.append({'app': app.get_name(), 'items': items})
    # Window order is opening order in practice; sorting on "has an expanded item" makes sure
    # the innermost open submenu comes last even if it were not (sort is stable).
    menus.sort(key=lambda m: not any(i['expanded'] for i in m['items']))
    return menus


if __name__ == '__main__':
    try:
        print(json.dumps({'menus': open_menus()}))
    except Exception as e:  # a menu closing mid-walk raises; the caller just polls again
        print(json.dumps({'menus': [], 'error': str(e)}))
        sys.exit(1)
