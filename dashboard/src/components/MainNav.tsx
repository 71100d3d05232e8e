// The header's navigation between pages: real links (keyboard, new tab and bookmarks work), the
// current page marked with aria-current="page". Props only: the page decides what a click does.
import type { MouseEvent } from 'react';
import { isPlainLeftClick, type AppPage, type NavItem } from '../transforms/navigation.ts';
import { NavBar, NavList, NavListItem, NavListLink } from './utrecht/index.ts';

export interface MainNavProps {
  items: readonly NavItem[];
  current: AppPage;
  hrefFor: (page: AppPage) => string;
  /** Called for a plain click; other clicks (new tab, new window) are left to the browser. */
  onNavigate: (page: AppPage) => void;
}

export function MainNav({ items, current, hrefFor, onNavigate }: MainNavProps) {
  const handleClick = (page: AppPage) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    onNavigate(page);
  };
  return (
    <NavBar aria-label="Hoofdmenu" className="app-nav">
      <NavList>
        {items.map((item) => (
          <NavListItem key={item.page}>
            <NavListLink href={hrefFor(item.page)} current={item.page === current} onClick={handleClick(item.page)}>
              {item.label}
            </NavListLink>
          </NavListItem>
        ))}
      </NavList>
    </NavBar>
  );
}
