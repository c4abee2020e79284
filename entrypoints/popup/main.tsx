import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import '@/components/styles/base.css';
import './popup.css';
import { Popup } from './Popup';

render(<PageShell title={(t) => t.t('extName')}>{() => <Popup />}</PageShell>, document.getElementById('app')!);
