import { describe, expect, it } from 'vitest';
import { MentionCollector } from '../../../utils/mentions/dedupe';
import { extractMentions } from '../../../utils/mentions/extract-mentions';

describe('people: one entry per person', () => {
  it('folds case and suffixes: Ergüneş = Ergüneş\'in = ERGÜNEŞ', () => {
    const c = new MentionCollector('tr');
    c.person('İsmail Ergüneş', { role: 'Bakan Yardımcısı' });
    c.person('Ergüneş', { partial: true });
    c.person('ERGÜNEŞ', { partial: true });
    c.person("İsmail Ergüneş'in");
    expect(c.result().people).toEqual([{ name: 'İsmail Ergüneş', role: 'Bakan Yardımcısı' }]);
  });

  it('keeps the full name and the first role when the surname comes first', () => {
    const c = new MentionCollector('tr');
    c.person('Kırcalı', { role: 'Bakan', partial: true });
    c.person('Aysel Kurt');
    c.person('Mehmet Ali Kırcalı', { role: 'Çevre, Şehircilik ve İklim Değişikliği Bakanı' });
    expect(c.result().people).toEqual([{ name: 'Mehmet Ali Kırcalı', role: 'Bakan' }, { name: 'Aysel Kurt' }]);
  });

  it('fills a missing role from a later mention', () => {
    const c = new MentionCollector('ar');
    c.person('علاء منصور');
    c.person('منصور', { role: 'رئيس قطاع الطب الوقائي', partial: true });
    expect(c.result().people).toEqual([{ name: 'علاء منصور', role: 'رئيس قطاع الطب الوقائي' }]);
  });

  it('merges an Arabic surname of two words and letter variants', () => {
    const c = new MentionCollector('ar');
    c.person('محمد عبد العاطي', { role: 'وزير الموارد المائية والري' });
    c.person('عبد العاطي');
    c.person('محمد عبد العاطى');
    expect(c.result().people).toEqual([{ name: 'محمد عبد العاطي', role: 'وزير الموارد المائية والري' }]);
  });

  it('gives a surname shared by two people to neither', () => {
    const c = new MentionCollector('tr');
    c.person('Yusuf Demirci');
    c.person('Ayşe Demirci');
    c.person('Demirci', { partial: true });
    expect(c.result().people.map((p) => p.name)).toEqual(['Yusuf Demirci', 'Ayşe Demirci']);
  });

  it('drops a lone surname that joins no full name, but keeps a lone given name', () => {
    const c = new MentionCollector('tr');
    c.person('Gökdere', { partial: true });
    c.person('Elif');
    expect(c.result().people).toEqual([{ name: 'Elif' }]);
  });

  it('never takes an agency or an institution for a person', () => {
    const c = new MentionCollector('tr');
    c.person('Reuters');
    c.person('AA');
    c.organisation('Anadolu Ajansı');
    c.person('Anadolu Ajansı');
    expect(c.result().people).toEqual([]);
  });
});

describe('organisations: one entry per institution', () => {
  it('keeps the first appearance and its spelling', () => {
    const c = new MentionCollector('ar');
    c.organisation('وزارة الخارجية');
    c.organisation('البنك الدولي');
    c.organisation('وزاره الخارجيه');
    expect(c.result().organisations).toEqual([{ name: 'وزارة الخارجية' }, { name: 'البنك الدولي' }]);
  });

  it('reads an acronym given beside a name as that institution', () => {
    const c = new MentionCollector('tr');
    c.organisation('İslam İşbirliği Teşkilatı', ['İİT']);
    c.organisation('İİT');
    expect(c.result().organisations).toEqual([{ name: 'İslam İşbirliği Teşkilatı' }]);
  });

  it('cuts a conjunct read past the name when the short name is found alone', () => {
    const c = new MentionCollector('ar');
    c.organisation('صندوق الخسائر والأضرار والطاقة المتجددة');
    c.organisation('منظمة أوكسفام');
    c.organisation('صندوق الخسائر والأضرار');
    expect(c.result().organisations).toEqual([{ name: 'صندوق الخسائر والأضرار' }, { name: 'منظمة أوكسفام' }]);
  });

  it('joins an anaphoric complement to the full name', () => {
    const c = new MentionCollector('ar');
    c.organisation('المجلس التنفيذي لمحافظة الجيزة');
    c.organisation('المجلس التنفيذي للمحافظة');
    expect(c.result().organisations).toEqual([{ name: 'المجلس التنفيذي لمحافظة الجيزة' }]);
  });

  it('keeps two institutions whose names share a start', () => {
    const c = new MentionCollector('ar');
    c.organisation('وزارة الخارجية');
    c.organisation('وزارة الخارجية التركية');
    expect(c.result().organisations).toHaveLength(2);
  });
});

describe('extractMentions de-duplicates across the text', () => {
  it('merges the surname-only mentions of a Turkish article into the full name', () => {
    const text = [
      'Aile ve Sosyal Hizmetler Bakan Yardımcısı İsmail Ergüneş, konferansa katıldı.',
      '',
      "Bakan Yardımcısı Ergüneş'in başkanlığında bir heyet katıldı. Bakan Yardımcısı Ergüneş’in konuşması dinlendi.",
    ].join('\n');
    expect(extractMentions(text, 'tr').people).toEqual([{ name: 'İsmail Ergüneş', role: 'Aile ve Sosyal Hizmetler Bakan Yardımcısı' }]);
  });

  it('keeps first-appearance order across people found by different rules', () => {
    const text = 'التقت الدكتورة مايا مرسي، وزيرة التضامن الاجتماعي، كارلوس أوليفر كروز، رئيس مكتب المنظمة.\n\nوأشادت مرسي بالتعاون.';
    expect(extractMentions(text, 'ar').people.map((p) => p.name)).toEqual(['مايا مرسي', 'كارلوس أوليفر كروز']);
  });
});
