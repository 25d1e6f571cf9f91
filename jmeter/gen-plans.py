#!/usr/bin/env python3
"""Writes the JMeter plans under src/test/jmeter/ from one description of the shopper requests.

The .jmx files are committed and open in the JMeter GUI as they are; this script only keeps fifteen plans
consistent (same properties, same request shapes, same assertions). After changing it, run
`python3 jmeter/gen-plans.py` and commit the plans with it. A plan edited in the GUI and committed
without this script is fine too, but the next regeneration overwrites it: port the change here.
"""
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent / "src" / "test" / "jmeter"

# Every plan reads these JMeter properties (-Jname=value, or the Maven properties of the same name).
PROPERTIES = [
    ("host", "127.0.0.1"),
    ("port", "8201"),
    ("threads", "10"),
    ("rampUp", "5"),
    ("duration", "60"),
    # target samples per minute over all threads; the default is so high that it never delays
    ("throughput", "6000000"),
    ("dataDir", "jmeter/data"),
    # "/" calls mall-portal directly (port 8085) to measure what the gateway costs
    ("portalBase", "/mall-portal/"),
    # the same for mall-search (port 8081)
    ("searchBase", "/mall-search/"),
]

NOT_FOUND = "NOT_FOUND"


def x(s):
    return escape(str(s), {'"': "&quot;"})


class El:
    """One test element and its children (the hashTree JMeter writes after every element)."""

    def __init__(self, xml, children=()):
        self.xml = xml
        self.children = list(children)

    def render(self, indent):
        pad = "  " * indent
        lines = [pad + line for line in self.xml.strip("\n").split("\n")]
        if self.children:
            lines.append(pad + "<hashTree>")
            for child in self.children:
                lines.append(child.render(indent + 1))
            lines.append(pad + "</hashTree>")
        else:
            lines.append(pad + "<hashTree/>")
        return "\n".join(lines)


def prop(kind, name, value):
    return f'<{kind} name="{x(name)}">{x(value)}</{kind}>'


def arguments(pairs, http):
    rows = []
    for name, value in pairs:
        if http:
            rows.append(f'''  <elementProp name="{x(name)}" elementType="HTTPArgument">
    <boolProp name="HTTPArgument.always_encode">{"false" if name == "" else "true"}</boolProp>
    {prop("stringProp", "Argument.value", value)}
    <stringProp name="Argument.metadata">=</stringProp>
    <boolProp name="HTTPArgument.use_equals">true</boolProp>
    {prop("stringProp", "Argument.name", name)}
  </elementProp>''')
        else:
            rows.append(f'''  <elementProp name="{x(name)}" elementType="Argument">
    {prop("stringProp", "Argument.name", name)}
    {prop("stringProp", "Argument.value", value)}
    <stringProp name="Argument.metadata">=</stringProp>
  </elementProp>''')
    return "\n".join(rows)


def headers(pairs, name="headers"):
    rows = "\n".join(f'''    <elementProp name="" elementType="Header">
      {prop("stringProp", "Header.name", k)}
      {prop("stringProp", "Header.value", v)}
    </elementProp>''' for k, v in pairs)
    return El(f'''<HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="{x(name)}">
  <collectionProp name="HeaderManager.headers">
{rows}
  </collectionProp>
</HeaderManager>''')


def extract(var, path, match="1"):
    """JSON extractor; NOT_FOUND when the path matches nothing. match 0 = a random match."""
    return El(f'''<JSONPostProcessor guiclass="JSONPostProcessorGui" testclass="JSONPostProcessor" testname="{x(var)} = {x(path)}">
  {prop("stringProp", "JSONPostProcessor.referenceNames", var)}
  {prop("stringProp", "JSONPostProcessor.jsonPathExprs", path)}
  {prop("stringProp", "JSONPostProcessor.match_numbers", match)}
  {prop("stringProp", "JSONPostProcessor.defaultValues", NOT_FOUND)}
</JSONPostProcessor>''')


AUTH = [("Authorization", "Bearer ${token}")]
JSON = [("Content-Type", "application/json")]


def http(name, method, path, form=(), body=None, auth=False, post=()):
    """One request. form: parameters (query for GET, urlencoded body for POST); body: a raw JSON body;
    post: the elements under it (extractors, pre- and post-processors)."""
    raw = body is not None
    hdrs = (AUTH if auth else []) + (JSON if raw else [])
    children = ([headers(hdrs)] if hdrs else []) + list(post)
    return El(f'''<HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="{x(name)}">
  {prop("stringProp", "HTTPSampler.path", path)}
  {prop("stringProp", "HTTPSampler.method", method)}
  <stringProp name="HTTPSampler.contentEncoding">UTF-8</stringProp>
  <boolProp name="HTTPSampler.follow_redirects">false</boolProp>
  <boolProp name="HTTPSampler.auto_redirects">false</boolProp>
  <boolProp name="HTTPSampler.use_keepalive">true</boolProp>
  <boolProp name="HTTPSampler.DO_MULTIPART_POST">false</boolProp>
  <boolProp name="HTTPSampler.postBodyRaw">{"true" if raw else "false"}</boolProp>
  <elementProp name="HTTPsampler.Arguments" elementType="Arguments" guiclass="HTTPArgumentsPanel" testclass="Arguments" testname="parameters">
    <collectionProp name="Arguments.arguments">
{arguments([("", body)] if raw else list(form), http=True)}
    </collectionProp>
  </elementProp>
</HTTPSamplerProxy>''', children)


def once(name, children):
    return El(f'<OnceOnlyController guiclass="OnceOnlyControllerGui" testclass="OnceOnlyController" testname="{x(name)}"/>', children)


def when(name, condition, children):
    return El(f'''<IfController guiclass="IfControllerPanel" testclass="IfController" testname="{x(name)}">
  {prop("stringProp", "IfController.condition", condition)}
  <boolProp name="IfController.evaluateAll">false</boolProp>
  <boolProp name="IfController.useExpression">true</boolProp>
</IfController>''', children)


def choose(name, value, children):
    """Switch Controller: runs the child whose name `value` gives, once per iteration."""
    return El(f'''<SwitchController guiclass="SwitchControllerGui" testclass="SwitchController" testname="{x(name)}">
  {prop("stringProp", "SwitchController.value", value)}
</SwitchController>''', children)


def group(name, children):
    return El(f'<GenericController guiclass="LogicControllerGui" testclass="GenericController" testname="{x(name)}"/>',
              children)


def groovy(kind, name, script):
    """A JSR223 pre- or post-processor (kind "JSR223PreProcessor" or "JSR223PostProcessor") in Groovy."""
    return El(f'''<{kind} guiclass="TestBeanGUI" testclass="{kind}" testname="{x(name)}">
  <stringProp name="scriptLanguage">groovy</stringProp>
  <stringProp name="parameters"></stringProp>
  <stringProp name="filename"></stringProp>
  <stringProp name="cacheKey">true</stringProp>
  {prop("stringProp", "script", script)}
</{kind}>''')


def csv(file, name):
    """Every thread takes the next line on each iteration, all threads sharing one cursor; lines recycle."""
    return El(f'''<CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="{x(name)}">
  <stringProp name="filename">${{dataDir}}/{x(file)}</stringProp>
  <stringProp name="fileEncoding">UTF-8</stringProp>
  <stringProp name="variableNames"></stringProp>
  <boolProp name="ignoreFirstLine">false</boolProp>
  <stringProp name="delimiter">,</stringProp>
  <boolProp name="quotedData">false</boolProp>
  <boolProp name="recycle">true</boolProp>
  <boolProp name="stopThread">false</boolProp>
  <stringProp name="shareMode">shareMode.all</stringProp>
</CSVDataSet>''')


# Each virtual user keeps one member for its whole life (its token, cart and orders stay its own), so two
# threads never race on one cart: thread n takes line n of members.csv (wrapping when there are more
# threads than members). The file is read once per run and shared.
PICK_MEMBER = r'''def file = new File(vars.get('dataDir'), 'members.csv')
def key = 'perflab.members.' + file.absolutePath
def rows = props.get(key)
if (rows == null) {
    synchronized (props) {
        rows = props.get(key)
        if (rows == null) {
            rows = file.readLines('UTF-8').drop(1).findAll { it.trim() }
            if (rows.isEmpty()) throw new IllegalStateException(file.toString() + ' has no members')
            props.put(key, rows)
        }
    }
}
def cols = rows[ctx.threadNum % rows.size()].split(',')
vars.put('username', cols[0].trim())
vars.put('password', cols[1].trim())'''


def pick_member():
    return El(f'''<JSR223PreProcessor guiclass="TestBeanGUI" testclass="JSR223PreProcessor" testname="this thread's member from members.csv">
  <stringProp name="scriptLanguage">groovy</stringProp>
  <stringProp name="parameters"></stringProp>
  <stringProp name="filename"></stringProp>
  <stringProp name="cacheKey">true</stringProp>
  {prop("stringProp", "script", PICK_MEMBER)}
</JSR223PreProcessor>''')


# ---- the shopper requests, as the services' controllers take them ----

def login(own_member=True, name="login"):
    post = [extract("token", "$.data.token")]
    return http(name, "POST", "/mall-member/sso/login",
                form=[("username", "${username}"), ("password", "${password}")],
                post=([pick_member()] if own_member else []) + post)


def member_info():
    return http("member info", "GET", "/mall-member/sso/info", auth=True)


def home():
    return http("home content", "GET", "${portalBase}home/content")


def category_tree():
    return http("category tree", "GET", "${portalBase}product/categoryTreeList",
                post=[extract("categoryId", "$.data[*].children[*].id", match="0")])


def category_products():
    return http("category products", "GET", "${searchBase}esProduct/search",
                form=[("productCategoryId", "${categoryId}"), ("pageNum", "1"), ("pageSize", "10")])


def product_detail():
    return http("product detail", "GET", "${portalBase}product/detail/${productId}")


def search():
    return http("search", "GET", "${searchBase}esProduct/search",
                form=[("keyword", "${keyword}"), ("pageNum", "1"), ("pageSize", "10")])


def add_cart(name="add cart", post=()):
    return http(name, "POST", "/mall-cart/cart/add", auth=True,
                body='{"productId":${productId},"productSkuId":${skuId},"quantity":1}',
                post=[extract("cartId", "$.data.id")] + list(post))


def cart_delete(name="cart delete", pre=()):
    return http(name, "POST", "/mall-cart/cart/delete", auth=True, form=[("ids", "${cartId}")], post=pre)


def cart_list():
    return http("cart list promotion", "GET", "/mall-cart/cart/list/promotion", auth=True)


def confirm_order(pre=()):
    return http("confirm order", "POST", "/mall-portal/order/generateConfirmOrder", auth=True, body="[${cartId}]",
                post=pre)


def generate_order(name="generate order", pre=(), post=()):
    return http(name, "POST", "/mall-portal/order/generateOrder", auth=True,
                body='{"memberReceiveAddressId":${addressId},"payType":1,"cartIds":[${cartId}]}',
                post=list(pre) + [extract("orderId", "$.data.order.id")] + list(post))


def pay(name="pay", pre=(), post=()):
    return http(name, "POST", "/mall-portal/order/paySuccess", auth=True,
                form=[("orderId", "${orderId}"), ("payType", "1")], post=list(pre) + list(post))


def order_list():
    return http("order list", "GET", "/mall-portal/order/list", auth=True,
                form=[("status", "0"), ("pageNum", "1"), ("pageSize", "10")])


def order_detail(pre=()):
    return http("order detail", "GET", "/mall-portal/order/detail/${orderId}", auth=True, post=pre)


ADDRESS = ('{"name":"压测用户","phoneNumber":"13800000000","defaultStatus":1,"postCode":"518000",'
           '"province":"广东省","city":"深圳市","region":"南山区","detailAddress":"科技园 1 号"}')


def address_setup(prefix=""):
    """An address to order to: the member's first, or a new one when it has none."""
    def listing(name):
        return http(prefix + name, "GET", "/mall-member/member/address/list", auth=True,
                    post=[extract("addressId", "$.data[0].id")])
    return [
        listing("address list"),
        when("no address yet", '${__jexl3("${addressId}" == "NOT_FOUND")}', [
            http(prefix + "address add", "POST", "/mall-member/member/address/add", auth=True, body=ADDRESS),
            listing("address list after add"),
        ]),
    ]


def session(address=False, extra=(), prefix=""):
    """Once per virtual user: log in (and find an address to order to). prefix names the requests set-up."""
    return once("once per virtual user: log in" + (", find an address" if address else ""),
                [login(name=prefix + "login")] + (address_setup(prefix) if address else []) + list(extra))


# ---- the plans ----

def plan(name, comment, body, data=("products",), defaults=None, timer=True):
    values = dict(PROPERTIES)
    values.update(defaults or {})
    variables = arguments([(k, "${__P(%s,%s)}" % (k, values[k])) for k, _ in PROPERTIES], http=False)
    configs = [
        El(f'''<ConfigTestElement guiclass="HttpDefaultsGui" testclass="ConfigTestElement" testname="gateway (or service) address">
  <stringProp name="HTTPSampler.domain">${{host}}</stringProp>
  <stringProp name="HTTPSampler.port">${{port}}</stringProp>
  <stringProp name="HTTPSampler.protocol">http</stringProp>
  <stringProp name="HTTPSampler.contentEncoding">UTF-8</stringProp>
  <stringProp name="HTTPSampler.implementation">HttpClient4</stringProp>
  <stringProp name="HTTPSampler.connect_timeout">5000</stringProp>
  <stringProp name="HTTPSampler.response_timeout">30000</stringProp>
  <elementProp name="HTTPsampler.Arguments" elementType="Arguments" guiclass="HTTPArgumentsPanel" testclass="Arguments" testname="parameters">
    <collectionProp name="Arguments.arguments"/>
  </elementProp>
</ConfigTestElement>'''),
    ]
    if "members" in data:
        configs.append(csv("members.csv", "members.csv: username,password (one per iteration)"))
    if "products" in data:
        configs.append(csv("products.csv", "products.csv: productId,skuId,keyword (one per iteration)"))
    checks = [
        El('''<JSONPathAssertion guiclass="JSONPathAssertionGui" testclass="JSONPathAssertion" testname="envelope code is 200">
  <stringProp name="JSON_PATH">$.code</stringProp>
  <stringProp name="EXPECTED_VALUE">200</stringProp>
  <boolProp name="JSONVALIDATION">true</boolProp>
  <boolProp name="EXPECT_NULL">false</boolProp>
  <boolProp name="INVERT">false</boolProp>
  <boolProp name="ISREGEX">false</boolProp>
</JSONPathAssertion>'''),
    ]
    if timer:
        checks.append(El('''<ConstantThroughputTimer guiclass="TestBeanGUI" testclass="ConstantThroughputTimer" testname="target throughput (samples/min, all threads)">
  <intProp name="calcMode">3</intProp>
  <stringProp name="throughput">${throughput}</stringProp>
</ConstantThroughputTimer>'''))
    group = El(f'''<ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="shoppers">
  <stringProp name="ThreadGroup.on_sample_error">startnextloop</stringProp>
  <elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="loop">
    <stringProp name="LoopController.loops">-1</stringProp>
    <boolProp name="LoopController.continue_forever">false</boolProp>
  </elementProp>
  <stringProp name="ThreadGroup.num_threads">${{threads}}</stringProp>
  <stringProp name="ThreadGroup.ramp_time">${{rampUp}}</stringProp>
  <boolProp name="ThreadGroup.scheduler">true</boolProp>
  <stringProp name="ThreadGroup.duration">${{duration}}</stringProp>
  <stringProp name="ThreadGroup.delay"></stringProp>
  <boolProp name="ThreadGroup.same_user_on_next_iteration">true</boolProp>
</ThreadGroup>''', checks + list(body))
    test_plan = El(f'''<TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="{x(name)}">
  {prop("stringProp", "TestPlan.comments", comment)}
  <boolProp name="TestPlan.functional_mode">false</boolProp>
  <boolProp name="TestPlan.serialize_threadgroups">false</boolProp>
  <boolProp name="TestPlan.tearDown_on_shutdown">true</boolProp>
  <elementProp name="TestPlan.user_defined_variables" elementType="Arguments" guiclass="ArgumentsPanel" testclass="Arguments" testname="properties (-Jname=value)">
    <collectionProp name="Arguments.arguments">
{variables}
    </collectionProp>
  </elementProp>
</TestPlan>''', configs + [group])
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">\n'
            '  <hashTree>\n' + test_plan.render(2) + '\n  </hashTree>\n</jmeterTestPlan>\n')
    (OUT / f"{name}.jmx").write_text(text, encoding="utf-8")


# ---- the capacity mix ----

MIX_FILE = Path(__file__).resolve().parent / "mix.csv"
SETUP = "setup: "  # the label prefix of requests that only prepare a business request (MixReport lists them apart)


def read_mix():
    """(sampler label, percent) in the file's order, from jmeter/mix.csv (MixReport reads the same file)."""
    mix = []
    for line in MIX_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            label, percent = (part.strip() for part in line.rsplit(",", 1))
            mix.append((label, int(percent)))
    if sum(p for _, p in mix) != 100:
        raise SystemExit(f"{MIX_FILE}: the percents sum to {sum(p for _, p in mix)}, not 100")
    return mix


# Which business request an iteration makes. Every 100 draws, counted over all threads, form one deck holding
# each label as often as its percent, shuffled per deck: the shares are exact over every full deck (a coin per
# iteration would wander by about a point in a minute's run), and the order stays random. Written for __groovy,
# whose arguments are split at commas: the generator escapes them.
DRAW = """def key = 'perflab.mix.' + 'SPEC';
def deck = props.get(key);
if (deck == null) { synchronized (props) { deck = props.get(key);
  if (deck == null) { def cards = [];
    'SPEC'.split(';').each { def kv = it.split('='); kv[1].toInteger().times { cards << kv[0] } };
    props.put(key + '.draws', new java.util.concurrent.atomic.AtomicLong());
    props.put(key + '.seed', new Random().nextLong());
    deck = cards.asImmutable(); props.put(key, deck) } } };
long n = props.get(key + '.draws').getAndIncrement();
def round = new ArrayList(deck);
Collections.shuffle(round, new Random(props.get(key + '.seed') + n.intdiv(deck.size())));
round[(int) (n % deck.size())]"""


def draw(mix):
    spec = ";".join(f"{label}={percent}" for label, percent in mix)
    script = " ".join(line.strip() for line in DRAW.replace("SPEC", spec).splitlines())
    return "${__groovy(" + script.replace(",", "\\,") + ")}"


# Each virtual user keeps pools of what its business requests need, in its own variables: cart lines it added
# (confirm and generate use them), its unpaid orders (pay pays the oldest), its paid orders (detail views one).
# Business requests feed the pools (add cart -> lines, generate -> unpaid, pay -> paid); when a pool is empty
# the branch makes what is missing first with "setup: " requests, which MixReport counts apart.
KEEP_CART_LINE = """def id = vars.get('cartId')
if (id != null && id != 'NOT_FOUND') {
    def lines = vars.getObject('cartLines') ?: new LinkedHashSet()
    lines.remove(id)  // adding a SKU already in the cart raises that line: it is the newest again
    lines.add(id)
    vars.putObject('cartLines', lines)
}"""
# the order takes the line out of the cart: it leaves the pool before the request, whatever the answer
TAKE_OLDEST_CART_LINE = """def lines = vars.getObject('cartLines')
def id = lines.iterator().next()
lines.remove(id)
vars.put('cartId', id)"""
NEWEST_CART_LINE = "vars.put('cartId', vars.getObject('cartLines').last())"
# an order unpaid for long may have been closed by the timeout: only orders younger than this are paid
KEEP_UNPAID = """def id = vars.get('orderId')
if (id != null && id != 'NOT_FOUND') {
    def orders = vars.getObject('unpaidOrders') ?: new ArrayDeque()
    orders.add([id, System.currentTimeMillis()])
    vars.putObject('unpaidOrders', orders)
}"""
TAKE_OLDEST_UNPAID = "vars.put('orderId', vars.getObject('unpaidOrders').poll()[0])"
# post-processors run before assertions: the envelope code comes from an extractor (payCode)
KEEP_PAID = """if (vars.get('payCode') == '200') {
    def orders = vars.getObject('paidOrders') ?: []
    orders.add(vars.get('orderId'))
    if (orders.size() > 20) orders.remove(0)  // the newest twenty are enough to view
    vars.putObject('paidOrders', orders)
}"""
ANY_PAID = """def orders = vars.getObject('paidOrders')
vars.put('orderId', orders[new Random().nextInt(orders.size())])"""
NO_CART_LINE = "${__groovy(!vars.getObject('cartLines'))}"
MANY_CART_LINES = "${__groovy((vars.getObject('cartLines')?.size() ?: 0) > 3)}"
NO_FRESH_UNPAID = ("${__groovy(def q = vars.getObject('unpaidOrders'); "
                   "q?.removeIf { it[1] < System.currentTimeMillis() - 600000 }; !q)}")
NO_PAID = "${__groovy(!vars.getObject('paidOrders'))}"


def keep_cart_line():
    return groovy("JSR223PostProcessor", "keep the cart line for confirm and generate", KEEP_CART_LINE)


def setup_cart_line():
    return add_cart(SETUP + "add cart", post=[keep_cart_line()])


def setup_generate():
    return generate_order(SETUP + "generate order", pre=[take_cart_line()], post=[keep_unpaid()])


def take_cart_line():
    return groovy("JSR223PreProcessor", "order the oldest cart line (it leaves the pool)", TAKE_OLDEST_CART_LINE)


def keep_unpaid():
    return groovy("JSR223PostProcessor", "keep the order as unpaid for pay", KEEP_UNPAID)


def paying(name):
    return pay(name, pre=[groovy("JSR223PreProcessor", "pay the oldest unpaid order", TAKE_OLDEST_UNPAID)],
               post=[extract("payCode", "$.code"),
                     groovy("JSR223PostProcessor", "keep the paid order for order detail", KEEP_PAID)])


# What each business request needs first, when its pool is empty; the label is the business sampler's.
BRANCHES = {
    "home content": lambda: [home()],
    "login": lambda: [login(own_member=False)],
    "member info": lambda: [member_info()],
    "search": lambda: [search()],
    "add cart": lambda: [
        add_cart(post=[keep_cart_line()]),
        # the cart stays small (one to four lines): the oldest line goes
        when("more than three cart lines", MANY_CART_LINES, [
            cart_delete(SETUP + "cart delete", pre=[groovy(
                "JSR223PreProcessor", "delete the oldest cart line", TAKE_OLDEST_CART_LINE)])]),
    ],
    "cart list promotion": lambda: [cart_list()],
    "confirm order": lambda: [
        when("no cart line yet", NO_CART_LINE, [setup_cart_line()]),
        confirm_order(pre=[groovy("JSR223PreProcessor", "confirm the newest cart line", NEWEST_CART_LINE)]),
    ],
    "generate order": lambda: [
        when("no cart line yet", NO_CART_LINE, [setup_cart_line()]),
        generate_order(pre=[take_cart_line()], post=[keep_unpaid()]),
    ],
    "order list": lambda: [order_list()],
    "pay": lambda: [
        when("no unpaid order of the last ten minutes", NO_FRESH_UNPAID, [setup_cart_line(), setup_generate()]),
        paying("pay"),
    ],
    "order detail": lambda: [
        when("no paid order yet", NO_PAID, [setup_cart_line(), setup_generate(), paying(SETUP + "pay")]),
        order_detail(pre=[groovy("JSR223PreProcessor", "view one of the paid orders", ANY_PAID)]),
    ],
}


def mixed_body():
    mix = read_mix()
    unknown = {label for label, _ in mix} ^ set(BRANCHES)
    if unknown:
        raise SystemExit(f"{MIX_FILE} and gen-plans.py's BRANCHES disagree on: {sorted(unknown)}")
    # the pools start empty: lines an earlier run left in the cart would pile up to its 100-line cap
    clear = http(SETUP + "cart clear", "POST", "/mall-cart/cart/clear", auth=True)
    return [session(address=True, prefix=SETUP, extra=[clear]),
            choose("one business request per iteration, drawn from the mix (jmeter/mix.csv)", draw(mix),
                   [group(label, BRANCHES[label]()) for label, _ in mix])]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plan("login", "Login (BCrypt check + JWT), a different member each iteration.",
         [login(own_member=False)], data=("members",))
    plan("home", "Home page content (advertisements, brands, flash sale, new and hot products, subjects).", [home()],
         data=())
    plan("category", "Category tree, then the products of a random second-level category (search by category).",
         [category_tree(), category_products()], data=())
    plan("product", "Product detail (product, SKUs, attributes, promotions, coupons).", [product_detail()])
    plan("search", "Keyword search over the product index.", [search()])
    plan("member-info", "Member info of the logged-in member.", [session(), member_info()], data=())
    plan("cart-add", "Add to cart; the line is deleted again so the cart stays small.",
         [session(), add_cart(), cart_delete()])
    plan("cart-list", "Cart list with promotions, over a cart of one line added once.",
         [session(extra=[add_cart("add cart once")]), cart_list()])
    plan("confirm-order", "Confirm order (cart line, prices, promotions, coupons, address, integration) "
         "for one cart line added once.",
         [session(address=True, extra=[add_cart("add cart once")]), confirm_order()])
    plan("generate-order", "Generate order: add a cart line, then order it (stock locked, order written).",
         [session(address=True), add_cart("add cart for order"), generate_order()])
    plan("pay", "Pay: add a cart line, order it, then pay the order (locked stock becomes sold).",
         [session(address=True), add_cart("add cart for order"), generate_order(), pay()])
    plan("order-list", "Unpaid order list (status 0), after ordering once.",
         [session(address=True, extra=[add_cart("add cart once"), generate_order()]), order_list()])
    plan("order-detail", "Detail of a paid order, ordered and paid once per virtual user.",
         [session(address=True, extra=[add_cart("add cart once"), generate_order(), pay()]), order_detail()])
    mix = ", ".join(f"{label} {percent}" for label, percent in read_mix())
    plan("mixed", f"Capacity scenario: the course's mix, percent of the business requests ({mix}); "
         "requests labelled 'setup: ' only prepare them.", mixed_body(), data=("products",))
    plan("stability", "Stability scenario: the capacity mix at a fixed target throughput (samples/min) "
         "for a long time (default 1 h at 1200/min).", mixed_body(), data=("products",),
         defaults={"duration": "3600", "throughput": "1200", "threads": "20", "rampUp": "60"})


if __name__ == "__main__":
    main()
