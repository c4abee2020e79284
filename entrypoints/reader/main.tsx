import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import { readerTarget } from '@/utils/reader/reader-target';
import '@/components/styles/base.css';
import './reader.css';
import { Reader } from './Reader';

const target = readerTarget(location.search);

render(
  <PageShell title={(t) => t.t('extName')}>
    {(settings, t) =>
      target ? (
        <Reader target={target} settings={settings} />
      ) : (
        <main class="reader">
          <p class="notice error" role="alert">
            {t.t('errorNotFound')}
          </p>
        </main>
      )
    }
  </PageShell>,
  document.getElementById('app')!,
);
