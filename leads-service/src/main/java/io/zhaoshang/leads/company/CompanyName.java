package io.zhaoshang.leads.company;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A company name as search and collision detection compare it: 華為技術有限公司, 华为技术 有限公司 and
 * ＨＵＡＷＥＩ技术 are the same name to a person, so they are the same key here. The key folds
 * full-width forms and case (Unicode NFKC), makes Traditional characters Simplified (OpenCC
 * dictionaries), drops spaces and punctuation and then the legal-form suffixes (有限公司, 集团,
 * Co., Ltd., ...). The pinyin and its initials of the key let people type 华为技术 as
 * {@code huaweijishu} or {@code hwjs}; the pinyin library reads polyphones by phrase (银行 yinhang).
 *
 * @param normalised the key: 华为技术
 * @param pinyin     its pinyin without tones or spaces: huaweijishu
 * @param initials   the first letter of each syllable (a run of Latin letters or digits stays whole): hwjs
 */
public record CompanyName(String normalised, String pinyin, String initials) {

    /**
     * Legal-form and group suffixes (after Traditional → Simplified), longest first: they tell how a
     * company is constituted, not which company it is. A branch (分公司) is a company of its own and
     * keeps its suffix.
     */
    private static final List<String> CHINESE_SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "总公司", "公司", "集团");

    private static final String BRANCH = "分公司";

    /** The same for names written in Latin letters, as whole trailing words. */
    private static final Set<String> LATIN_SUFFIXES = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh",
            "ag", "sa", "group");

    /** The key and pinyin of a name (or of a search text). */
    public static CompanyName of(String name) {
        String normalised = normalise(name);
        return new CompanyName(normalised, pinyin(normalised, PinyinStyleEnum.NORMAL),
                pinyin(normalised, PinyinStyleEnum.FIRST_LETTER));
    }

    /**
     * The key of a name; empty for text without a letter or digit. A name that is nothing but a
     * suffix (集团) keeps it: an empty key would match every company.
     */
    public static String normalise(String name) {
        String folded = ZhConverterUtil.toSimple(Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LATIN_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String key = String.join("", words);
        String stripped = stripChineseSuffixes(key);
        return stripped.isEmpty() ? key : stripped;
    }

    private static String stripChineseSuffixes(String key) {
        if (key.endsWith(BRANCH)) {
            return key;
        }
        String rest = key;
        boolean stripped = true;
        while (stripped) { // 集团有限公司 after 股份: 某某集团股份有限公司 -> 某某
            stripped = false;
            for (String suffix : CHINESE_SUFFIXES) {
                if (rest.endsWith(suffix)) {
                    rest = rest.substring(0, rest.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }

    /** Syllables joined without spaces; Latin letters and digits stay as they are. */
    private static String pinyin(String key, PinyinStyleEnum style) {
        return key.isEmpty() ? "" : PinyinHelper.toPinyin(key, style, "");
    }
}
