import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import '@/components/styles/base.css';
import './options.css';
import { Options } from './Options';

render(<PageShell title={(t) => t.t('optionsTitle')}>{(settings) => <Options settings={settings} />}</PageShell>, document.getElementById('app')!);
