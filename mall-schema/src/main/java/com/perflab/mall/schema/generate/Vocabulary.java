package com.perflab.mall.schema.generate;

import java.util.SplittableRandom;

/** Word lists that make generated members, addresses and products read like a Chinese shop's data. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Surname and its pinyin, the most common ones first. */
    static final String[][] SURNAMES = {
        {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
        {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
        {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"},
        {"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"},
        {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"}, {"邓", "deng"}, {"曹", "cao"},
    };

    static final String[][] GIVEN = {
        {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
        {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
        {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀英", "xiuying"},
        {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"桂英", "guiying"}, {"浩然", "haoran"},
        {"子涵", "zihan"}, {"欣怡", "xinyi"}, {"梓萱", "zixuan"}, {"宇轩", "yuxuan"}, {"一诺", "yinuo"},
        {"思远", "siyuan"}, {"佳琪", "jiaqi"}, {"晨曦", "chenxi"}, {"雨桐", "yutong"},
    };

    static final String[] NICK_WORDS = {"", "小", "阿", "大"};
    static final String[] NICK_SUFFIXES = {"", "", "", "同学", "酱", "喵", "的小店", "爱购物", "2024", "_official"};

    /** Province, city, districts (space separated), post code prefix. */
    static final String[][] CITIES = {
        {"广东省", "深圳市", "南山区 福田区 宝安区 龙岗区", "518"},
        {"广东省", "广州市", "天河区 越秀区 海珠区 番禺区", "510"},
        {"北京市", "北京市", "海淀区 朝阳区 东城区 丰台区", "100"},
        {"上海市", "上海市", "浦东新区 徐汇区 静安区 闵行区", "200"},
        {"浙江省", "杭州市", "西湖区 滨江区 余杭区 拱墅区", "310"},
        {"江苏省", "南京市", "玄武区 鼓楼区 建邺区 江宁区", "210"},
        {"江苏省", "苏州市", "姑苏区 工业园区 吴中区 相城区", "215"},
        {"四川省", "成都市", "武侯区 锦江区 高新区 青羊区", "610"},
        {"湖北省", "武汉市", "洪山区 武昌区 江汉区 汉阳区", "430"},
        {"陕西省", "西安市", "雁塔区 碑林区 未央区 长安区", "710"},
        {"重庆市", "重庆市", "渝中区 江北区 南岸区 渝北区", "400"},
        {"天津市", "天津市", "和平区 南开区 河西区 滨海新区", "300"},
        {"湖南省", "长沙市", "岳麓区 芙蓉区 天心区 雨花区", "410"},
        {"山东省", "青岛市", "市南区 市北区 崂山区 黄岛区", "266"},
        {"福建省", "厦门市", "思明区 湖里区 集美区 海沧区", "361"},
        {"河南省", "郑州市", "金水区 中原区 二七区 郑东新区", "450"},
    };

    static final String[] STREETS = {"人民路", "解放路", "中山路", "建设路", "科技园路", "长江路", "和平大道",
        "新华街", "滨海大道", "文化路", "青年路", "学府路", "东风路", "世纪大道", "天府大道", "环城南路"};
    static final String[] BUILDINGS = {"小区", "花园", "公寓", "大厦", "家园", "苑", "广场"};
    static final String[] JOBS = {"软件工程师", "设计师", "教师", "医生", "学生", "销售", "会计", "自由职业",
        "产品经理", "公务员", "律师", "厨师", "运营", "摄影师", null, null};
    static final String[] SIGNATURES = {"买买买", "生活需要仪式感", "理性消费", "只买对的", null, null, null,
        "好物分享", "精打细算过日子", "热爱生活"};

    static final String[] SERIES = {"Pro", "Max", "Air", "Lite", "Plus", "Ultra", "Neo", "S", "X", "青春版",
        "经典款", "旗舰版", "mini", "SE"};
    static final String[] FEATURES = {"2025新款", "轻薄便携", "官方标配", "高性价比", "限量版", "升级款",
        "热销爆款", "品质之选", "家用推荐", "年度新品", "礼盒装", "国潮设计"};
    static final String[] SUB_TITLES = {"品质保障，七天无理由退货", "官方正品，全国联保", "限时特惠，下单立减",
        "热卖爆款，好评如潮", "新品上市，抢先体验", "顺丰包邮，次日达"};

    static final String[] DELIVERY_COMPANIES = {"顺丰快递", "圆通快递", "中通快递", "韵达快递", "京东物流",
        "申通快递", "EMS"};

    /** Mobile prefixes after the leading 1 (180 left out: the demo members use it). */
    static final String[] PHONE_PREFIXES = {"30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51",
        "52", "53", "55", "56", "57", "58", "59", "66", "73", "75", "76", "77", "78", "81", "82", "83", "85",
        "86", "87", "88", "89", "91", "93", "95", "98", "99"};

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /**
     * A mobile number that no other member id below 10^8 gets: the 8-digit suffix is a bijection of the id
     * (multiply by a number coprime to 10^8, then reverse the digits), so numbers look random but never
     * repeat, in this run or any other; the prefix only decorates.
     */
    static String phone(long id) {
        if (id < 0 || id >= 100_000_000L) {
            throw new IllegalStateException("member id " + id + " is beyond the 10^8 unique generated phone numbers");
        }
        long scrambled = Math.floorMod(id * 73_939_133L + 13_579_246L, 100_000_000L);
        StringBuilder digits = new StringBuilder(11).append('1')
                .append(PHONE_PREFIXES[(int) ((id * 31 + scrambled) % PHONE_PREFIXES.length)]);
        for (int i = 0; i < 8; i++) { // reversed: neighbouring ids differ in the leading digits
            digits.append((char) ('0' + scrambled % 10));
            scrambled /= 10;
        }
        return digits.toString();
    }
}
