// Small typed stand-ins for @utrecht/component-library-react (not installable here): same class names.
export { Alert, type AlertType } from './Alert.tsx';
export { Button, type ButtonAppearance } from './Button.tsx';
export { FormField, FormFieldDescription, FormLabel, Select, SelectOption } from './Form.tsx';
export { Link } from './Link.tsx';
export { NavBar, NavList, NavListItem, NavListLink } from './NavBar.tsx';
export { PageBody, PageFooter, PageHeader, PageLayout, SkipLink } from './Page.tsx';
export { Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow } from './Table.tsx';
export { Heading, Paragraph } from './Typography.tsx';
