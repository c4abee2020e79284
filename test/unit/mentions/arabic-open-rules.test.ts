/**
 * Arabic rules for names that no gazetteer of known bodies or titles covers: groups, parties and the
 * press; companies in Latin letters; people announced by an occupation, a list or a credit; a role
 * written after the name without a comma. Each rule has its negatives beside it.
 */

import { describe, expect, it } from 'vitest';
import { extractMentions, type PersonMention } from '../../../utils/mentions/extract-mentions';

const people = (text: string) => extractMentions(text, 'ar').people;
const organisations = (text: string) => extractMentions(text, 'ar').organisations.map((o) => o.name);

describe('Arabic groups, parties, factions and the press', () => {
  it.each<[text: string, expected: string[]]>([
    ['وأعلنت جبهة الخلاص الوطني مقاطعة الانتخابات.', ['جبهة الخلاص الوطني']],
    ['انسحب ائتلاف دولة القانون من الجلسة.', ['ائتلاف دولة القانون']],
    ['وقال المرصد الأردني لحقوق العمال إن الأجور تراجعت.', ['المرصد الأردني لحقوق العمال']],
    ['وصوتت كتلة الوفاء للمقاومة ضد القرار.', ['كتلة الوفاء للمقاومة']],
    ['وأكدت رابطة العالم الإسلامي دعمها.', ['رابطة العالم الإسلامي']],
    ['ونشرت صحيفة الأهرام تقريرا مطولا.', ['صحيفة الأهرام']],
    ['وبثت قناة الجزيرة المقابلة كاملة.', ['قناة الجزيرة']],
    ['وفاز نادي الزمالك بالمباراة.', ['نادي الزمالك']],
    ['وقاتل مسلحو الجيش الوطني الحر في الشمال.', ['الجيش الوطني الحر']],
    // a list whose items are separated by dashes: the ambiguous head (قوات) is listed among institutions
    ['مقاتلون من لواء الفتح - جبهة الأصالة - قوات الشهيد.', ['لواء الفتح', 'جبهة الأصالة', 'قوات الشهيد']],
    // a movement named by one proper noun, bounded by a particle
    ['وقالت حركة حماس في بيان إن الاتفاق قائم.', ['حركة حماس']],
    // a proper noun with no article, bounded by the verb's "أن"
    ['وكشفت صحيفة واشنطن بوست أن الاجتماع تأجل.', ['صحيفة واشنطن بوست']],
    ['مستشفى الملك فيصل التخصصي يستقبل المرضى.', ['مستشفى الملك فيصل التخصصي']],
    ['وأعلنت جامعة الملك عبد العزيز نتائج القبول.', ['جامعة الملك عبد العزيز']],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it.each([
    ['تشهد حركة المرور ازدحاما في وسط المدينة.'], // حركة = movement
    ['وانقطع التيار الكهربائي عن الحي.'], // تيار = current
    ['وقال المرصد، وهو هيئة معارضة مقرها لندن، إن القتال مستمر.'], // an indefinite description
    ['وتعمل منظمة دولية في المخيم.'], // an adjective agreeing with the head
    ['اندلعت اشتباكات في بلدة تل حلف قرب الحدود.'], // a place whose name holds an institution word
    ['سيطر مقاتلو الكتائب المقاتلة وعدة كتائب أخرى على المستودعات.'],
    ['نقلت الحالات إلى مستشفى العزل في المحافظة.'], // a kind of hospital
  ])('%s names no institution', (text) => {
    expect(organisations(text)).toEqual([]);
  });

  it('ends the name where a definite noun is the verb\'s object, not an adjective', () => {
    expect(organisations('ووجه رئيس جامعة القاهرة الشكر لفريق العمل.')).toEqual(['جامعة القاهرة']);
    expect(organisations('ودعت وزارة الصحة المواطنين إلى الحذر.')).toEqual(['وزارة الصحة']);
  });

  it('reads a faculty written right before its university as one name', () => {
    expect(organisations('وقع العقد مع كلية الهندسة جامعة القاهرة أمس.')).toEqual(['كلية الهندسة جامعة القاهرة']);
    expect(organisations('ويقوم قطاع المياه الجوفية وجامعة القاهرة بالدراسة.')).toEqual(['قطاع المياه الجوفية', 'جامعة القاهرة']);
    // a sector named alone is still only a sector
    expect(organisations('ويقوم قطاع المياه الجوفية بالدراسة.')).toEqual([]);
  });
});

describe('Arabic companies in Latin letters', () => {
  it.each<[text: string, expected: string[]]>([
    ['تتنافس شركات Apple وSamsung وHuawei على السوق.', ['Apple', 'Samsung', 'Huawei']],
    ['وتصدرت شركات مثل Nokia و Ericsson المناقصة.', ['Nokia', 'Ericsson']],
    ['الطرازات من Samsung وXiaomi تستحوذ على الحصة الأكبر.', ['Samsung', 'Xiaomi']],
    ['منذ أعلنت Apple عن سلسلة جديدة.', ['Apple']],
    ['وأطلقت Tesla سيارتها الجديدة.', ['Tesla']],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it.each([
    ['الطلب على iPhone 17 Pro جاء أعلى من المتوقع.'], // a product
    ['يتنافس Galaxy S24 وPixel 9 في الفئة العليا.'], // models with numbers
    ['خلال مؤتمر COP28 في دبي.'], // an event
    ['تطبيق «E-Tadweer» يتيح تسليم الأجهزة.'], // one name in quotes after a common noun
    ['وقالت Angela Merkel إن الاتفاق مهم.'], // two Latin words: a person
  ])('%s names no company', (text) => {
    expect(organisations(text)).toEqual([]);
  });
});

describe('Arabic people without a title', () => {
  it.each<[text: string, expected: PersonMention[]]>([
    ['يصادف اليوم ذكرى ميلاد الفنانة سعاد حسني التي ولدت عام 1943.', [{ name: 'سعاد حسني', role: 'الفنانة' }]],
    ['والتقى الناشط الحقوقي السوداني عمر القراي بالصحفيين.', [{ name: 'عمر القراي', role: 'الناشط الحقوقي السوداني' }]],
    ['وقال محمد علي إن السوق هادئة.', [{ name: 'محمد علي' }]],
    // a name that "أن" closes after a role
    ['أعلن المتحدث باسم الجيش أفيخاي أدرعي أن القوات انسحبت.', [{ name: 'أفيخاي أدرعي', role: 'المتحدث باسم الجيش' }]],
    // a military rank between the role and the name
    ['التقى قائد الجيش العماد جوزيف عون الوفد.', [{ name: 'جوزيف عون', role: 'قائد الجيش' }]],
    ['وشارك في بطولته كل من خالد صالح، ومنى زكي، وأحمد حلمي.', [{ name: 'خالد صالح' }, { name: 'منى زكي' }, { name: 'أحمد حلمي' }]],
    ['وتأليف أحمد مراد، وإخراج مروان حامد.', [{ name: 'أحمد مراد' }, { name: 'مروان حامد' }]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['انتشر خبر إصابة الفنانة بفيروس كورونا.'], // an occupation and a noun phrase
    ['وصرح الوزير لوسائل الإعلام.'],
    ['وحذر كل من يستغل المرحلة الراهنة لأغراضه.'], // "كل من" = everyone who
    ['وتتولى إخراج المواطنين من المنطقة فرق الدفاع المدني.'], // إخراج = taking out
    ['ويشارك في بطولة كأس العالم.'], // بطولة = championship
    ['وقال الوزير إن الخطة جاهزة.'], // a role word alone
    ['أعلن المحافظ تخصيص جوائز أن الفائزين سيكرمون.'], // a verbal noun (تفعيل) before "أن"
    ['وأكد الوزير أهمية التعاون، مشيرا إلى الخطة.'], // a verbal noun in ة before a comma
  ])('%s names no one', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('Arabic roles written after the name', () => {
  it.each<[text: string, expected: PersonMention[]]>([
    [
      'شهد الدكتور محمد عبد العاطي وزير الموارد المائية والري مراسم التوقيع.',
      [{ name: 'محمد عبد العاطي', role: 'وزير الموارد المائية والري' }],
    ],
    [
      'وأعلن ماجد الشمري رئيس هيئة الرياضة بالكويت افتتاح البطولة.',
      [{ name: 'ماجد الشمري', role: 'رئيس هيئة الرياضة' }],
    ],
    // the role after the first name announces the second person: it is not the first one's
    [
      'استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء مصطفى مدبولي.',
      [{ name: 'عبد الفتاح السيسي', role: 'الرئيس' }, { name: 'مصطفى مدبولي', role: 'رئيس الوزراء' }],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('reads "علي" before a definite noun as the preposition على, not a name', () => {
    expect(people('وأثنى الدكتور عبدالعاطي علي الجهد المبذول.')).toEqual([]);
    expect(people('وقال محمد علي الحسيني إن الخطة جاهزة.')[0]?.name).toMatch(/^محمد علي/);
  });

  it('does not take a role after two ordinary words as an apposition', () => {
    expect(people('بحث تعزيز التعاون رئيس الوزراء مع الوفد.')).toEqual([]);
  });
});
