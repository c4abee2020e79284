import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import '@/components/styles/base.css';
import './library.css';
import { Library } from './Library';

render(<PageShell title={(t) => t.t('libraryTitle')}>{(settings) => <Library settings={settings} />}</PageShell>, document.getElementById('app')!);
