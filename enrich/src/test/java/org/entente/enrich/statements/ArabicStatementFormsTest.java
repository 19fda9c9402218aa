package org.entente.enrich.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.entente.enrich.Enricher;
import org.entente.enrich.model.Document;
import org.entente.enrich.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arabic wire-copy forms of the five alert statements, end to end (time tagger, entities, statements): sentences
 * written for the project in the style of SANA, Al Jazeera, Asharq Al-Awsat and Enab Baladi. Each line raises the
 * alerts after "=>" and no other ("NONE": proposals, negations, conditions, tours and parliaments raise none); an
 * adoption by the Council is also its meeting (spec §3). Published Thursday 10 September 2020, 10:00 Damascus.
 */
class ArabicStatementFormsTest {
    private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2020-09-10T10:00+03:00[Asia/Damascus]");
    private static Enricher enricher;

    private static final String CASES = """
        # ceasefire starts: clock times, zero hour, midnight of a named night, dayparts, reported speech
        يبدأ سريان الهدنة في محافظة إدلب اعتباراً من الساعة السادسة من صباح يوم السبت. => CEASEFIRE_START 2020-09-12 06:00
        تسري الهدنة اعتباراً من منتصف ليل الجمعة - السبت في جميع مناطق خفض التصعيد. => CEASEFIRE_START 2020-09-12 00:00
        يدخل وقف إطلاق النار حيز التنفيذ في الساعة صفر من يوم الأحد المقبل. => CEASEFIRE_START 2020-09-13 00:00
        وأعلنت القيادة العامة للجيش بدء العمل بنظام التهدئة في ريف حلب اعتبارا من صباح الغد. => CEASEFIRE_START 2020-09-11
        أعلنت الأمم المتحدة هدنة إنسانية لمدة 72 ساعة تبدأ عند الساعة السابعة من مساء الجمعة. => CEASEFIRE_START 2020-09-11 19:00
        وقال المبعوث الأممي إن وقف إطلاق النار سيبدأ يوم السبت الموافق 12 أيلول. => CEASEFIRE_START 2020-09-12
        وأكد المتحدث أن الهدنة ستدخل حيز التنفيذ عند منتصف ليلة الجمعة على السبت. => CEASEFIRE_START 2020-09-12 00:00
        وقالت الخارجية التركية إن الهدنة في إدلب ستدخل حيز التنفيذ اعتبارا من منتصف ليل الخميس. => CEASEFIRE_START 2020-09-11 00:00
        وأوضح المتحدث أن وقفا شاملا لإطلاق النار سيبدأ في تمام الساعة 18:00 من يوم الجمعة. => CEASEFIRE_START 2020-09-11 18:00
        وبحسب البيان، فإن التهدئة تسري اعتبارا من الساعة الـ12 ظهرا يوم السبت. => CEASEFIRE_START 2020-09-12 12:00
        تبدأ الهدنة في غوطة دمشق عند الساعة ١٢ ليلاً بالتوقيت المحلي. => CEASEFIRE_START 2020-09-11 00:00
        وأعلن الجيش هدنة لمدة سبعة أيام اعتباراً من فجر الجمعة. => CEASEFIRE_START 2020-09-11
        ودخلت الهدنة حيز التنفيذ فجر اليوم الخميس في كامل الجنوب. => CEASEFIRE_START 2020-09-10
        يبدأ وقف الأعمال القتالية في عموم البلاد منتصف ليل الأحد. => CEASEFIRE_START 2020-09-14 00:00
        وبدأ العمل بنظام التهدئة في درعا منذ الساعة السادسة من صباح اليوم. => CEASEFIRE_START 2020-09-10 06:00
        # extensions: dated by the day they are agreed or start
        وأعلن الطرفان تمديد الهدنة حتى نهاية الشهر الجاري اعتباراً من يوم السبت. => CEASEFIRE_EXTENSION 2020-09-12
        أعلن الوسطاء اليوم الخميس تمديد الهدنة في اليمن حتى 2 تشرين الأول. => CEASEFIRE_EXTENSION 2020-09-10
        واتفق الطرفان الأربعاء على تجديد الهدنة لشهرين إضافيين. => CEASEFIRE_EXTENSION 2020-09-09
        وقررت الحكومة تمديد وقف إطلاق النار لمدة أسبوع اعتباراً من الجمعة. => CEASEFIRE_EXTENSION 2020-09-11
        وجدد الطرفان الهدنة أمس الأربعاء لمدة شهرين. => CEASEFIRE_EXTENSION 2020-09-09
        وللمرة الثالثة، تم تمديد الهدنة الإنسانية يوم الثلاثاء لمدة أسبوعين إضافيين. => CEASEFIRE_EXTENSION 2020-09-08
        # the Security Council meets, votes, adopts
        يعقد مجلس الأمن الدولي جلسة طارئة يوم الجمعة لبحث التصعيد في إدلب. => SECURITY_COUNCIL_MEETING 2020-09-11
        ويعقد مجلس الأمن جلسة مغلقة عصر الاثنين المقبل بطلب من فرنسا. => SECURITY_COUNCIL_MEETING 2020-09-14
        ويعقد مجلس الأمن مشاورات مغلقة بشأن سوريا يوم الثلاثاء المقبل. => SECURITY_COUNCIL_MEETING 2020-09-15
        ويصوت مجلس الأمن الدولي على مشروع قرار بريطاني بشأن ليبيا يوم الجمعة. => SECURITY_COUNCIL_MEETING 2020-09-11
        وأكد دبلوماسيون أن مجلس الأمن سيصوت يوم الاثنين المقبل على مشروع القرار. => SECURITY_COUNCIL_MEETING 2020-09-14
        وبالتزامن، يعقد مجلس الأمن الدولي اجتماعا طارئا مساء اليوم. => SECURITY_COUNCIL_MEETING 2020-09-10
        ناقش مجلس الأمن الملف الإنساني السوري. وصوت المجلس أمس على مشروع القرار الذي قدمته ألمانيا وبلجيكا. => SECURITY_COUNCIL_MEETING 2020-09-09
        تبنى مجلس الأمن الدولي بالإجماع أمس الأربعاء القرار 2540 بشأن اليمن. => RESOLUTION_ADOPTED 2020-09-09 + SECURITY_COUNCIL_MEETING 2020-09-09
        واعتمد مجلس الأمن بالإجماع الثلاثاء الماضي القرار رقم 2533 الخاص بإيصال المساعدات. => RESOLUTION_ADOPTED 2020-09-08 + SECURITY_COUNCIL_MEETING 2020-09-08
        وفي جلسة عقدها أمس الأربعاء، اعتمد مجلس الأمن القرار 2542 بالإجماع. => RESOLUTION_ADOPTED 2020-09-09 + SECURITY_COUNCIL_MEETING 2020-09-09
        # talks: resume, open, rounds, consultations, delegations, conferences, summits
        تستأنف المفاوضات بين الطرفين يوم الاثنين المقبل في الدوحة. => TALKS_SCHEDULED 2020-09-14
        وتستأنف المحادثات السورية في جنيف في الـ15 من الشهر الجاري. => TALKS_SCHEDULED 2020-09-15
        وتنطلق جولة جديدة من المباحثات في أستانا يوم 14 أيلول. => TALKS_SCHEDULED 2020-09-14
        وتنطلق الجولة الرابعة من اجتماعات اللجنة الدستورية صباح الاثنين في جنيف. => TALKS_SCHEDULED 2020-09-14
        ويلتقي الوفدان في جنيف يوم السبت لبحث آليات تثبيت الهدنة. => TALKS_SCHEDULED 2020-09-12
        وقالت مصادر إن الوفدين سيلتقيان في القاهرة يوم الأحد. => TALKS_SCHEDULED 2020-09-13
        ومن المقرر أن ينعقد مؤتمر بروكسل للمانحين يوم الثلاثاء المقبل. => TALKS_SCHEDULED 2020-09-15
        وينعقد مؤتمر الحوار الوطني في العاصمة يوم 20 أيلول الجاري. => TALKS_SCHEDULED 2020-09-20
        وأعلنت الخارجية الروسية أن المحادثات ستستأنف يوم الاثنين 14 أيلول. => TALKS_SCHEDULED 2020-09-14
        وتستأنف الأطراف اليمنية مشاوراتها في عمّان يوم الأحد المقبل. => TALKS_SCHEDULED 2020-09-13
        وتلتئم المفاوضات غير المباشرة في الدوحة يوم السبت المقبل. => TALKS_SCHEDULED 2020-09-12
        وتعقد القمة الثلاثية في طهران يوم 14 أيلول. => TALKS_SCHEDULED 2020-09-14
        وقال وزير الخارجية إن جولة جديدة من المحادثات ستعقد في موسكو يوم الأربعاء المقبل. => TALKS_SCHEDULED 2020-09-16
        وقال المتحدث أمس الأربعاء إن المحادثات تستأنف غدا في جنيف. => TALKS_SCHEDULED 2020-09-10
        # none: proposals, calls, negation, conditions, possibility, a tour, a parliament, an attack's zero hour, a voice
        ودعا الأمين العام للأمم المتحدة إلى هدنة إنسانية تبدأ يوم الجمعة. => NONE
        واقترح المبعوث الأممي وقفاً لإطلاق النار اعتباراً من يوم السبت. => NONE
        وناشدت المنظمات الإنسانية الأطراف إعلان هدنة لمدة 72 ساعة تبدأ الجمعة. => NONE
        وطالبت المعارضة بتمديد الهدنة حتى نهاية أيلول. => NONE
        ولم يحدد موعد لاستئناف المفاوضات التي كانت مقررة يوم الاثنين. => NONE
        ولن تستأنف المحادثات يوم الأحد بسبب الخلافات. => NONE
        وتبدأ الهدنة يوم السبت إذا وافق الطرفان على شروط المراقبة. => NONE
        وفي حال وافقت الحكومة، يبدأ وقف إطلاق النار يوم الأحد. => NONE
        وقال مصدر إن المفاوضات قد تستأنف يوم الاثنين في حال تثبيت التهدئة. => NONE
        وانطلقت جولة المبعوث في المنطقة يوم الاثنين بزيارة إلى الرياض. => NONE
        ويعقد البرلمان جلسة يوم السبت لمناقشة الموازنة. => NONE
        حددت القيادة الساعة الصفر للهجوم على المدينة يوم السبت. => NONE
        وبينما كان مجلس الأمن يناقش الوضع، ارتفع صوت المدافع مساء الأربعاء في ريف حماة. => NONE
        """;

    record Case(String text, List<String> expected) {
        @Override
        public String toString() {
            return text + " => " + expected;
        }
    }

    @BeforeAll
    static void load() {
        enricher = Enricher.load();
    }

    static Stream<Case> cases() {
        return CASES.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> {
            final int at = l.lastIndexOf(" => ");
            final String want = l.substring(at + 4).strip();
            return new Case(l.substring(0, at).strip(),
                "NONE".equals(want) ? List.of() : Arrays.stream(want.split(" \\+ ")).map(String::strip).toList());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisesExactlyTheAlertsOfTheSentence(Case c) {
        final List<Statement> found = enricher.enrich(new Document("t", "ar", "", c.text(), PUBLISHED)).statements();
        final List<String> alerts = found.stream().filter(s -> s.modality().raisesAlert())
            .map(s -> s.type() + " " + s.date() + (s.time() == null ? "" : " " + s.time())).toList();
        assertThat(alerts).as("%s — statements %s", c.text(), found).containsExactlyInAnyOrderElementsOf(c.expected());
    }
}
