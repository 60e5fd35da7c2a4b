// Terraform export, the HCL text: escaping of strings and templates, identifiers, terraform fmt
// alignment and names fitted to the provider's limits.

#include "catalog/catalog.h"
#include "export/terraform/hclwriter.h"
#include "export/terraform/terraformbuilder.h"
#include "export/terraform/terraformexporter.h"
#include "export/terraform/terraformnames.h"
#include "io/designfile.h"
#include "sampledesigns.h"
#include "terraformfixture.h"
#include "validation/deployability.h"
#include "variantdesigns.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ecsplan;
using namespace ecsplan::test::terraform;

class tst_TerraformHcl : public QObject
{
    Q_OBJECT

private slots:
    void quoted_data();
    void quoted();
    void identifiers_data();
    void identifiers();
    void fmtAlignment();
    void nonAsciiIsUtf8();
    void stringsAsQuoted();
    void largeTreeFilledLater();
    void alignmentAsReference();
    void variableBlockAsBody();
    void tagsAndNamesAsReference();
    void placesAsModel();
    void commentLiteralAsString();
    void tfvarsExampleOutsideAscii();
    void blockLabels();
    void fitName_data();
    void fitName();
};

void tst_TerraformHcl::quoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("web") << QStringLiteral("\"web\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    QTest::newRow("interpolation") << QStringLiteral("${var.x}") << QStringLiteral("\"$${var.x}\"");
    QTest::newRow("directive") << QStringLiteral("%{if x}") << QStringLiteral("\"%%{if x}\"");
    QTest::newRow("lone dollar") << QStringLiteral("$5 %d") << QStringLiteral("\"$5 %d\"");
    QTest::newRow("newline") << QStringLiteral("a\nb\r\tc") << QStringLiteral("\"a\\nb\\r\\tc\"");
    QTest::newRow("control") << QStringLiteral("a\x01") << QStringLiteral("\"a\\u0001\"");
    QTest::newRow("chinese") << QStringLiteral("网站") << QStringLiteral("\"网站\"");
    QTest::newRow("escaped quote then interpolation")
            << QStringLiteral("\\\"${x}") << QStringLiteral("\"\\\\\\\"$${x}\"");
}

void tst_TerraformHcl::quoted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(hcl::quoted(text), expected);
}

void tst_TerraformHcl::identifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << QStringLiteral("Web Tier") << QStringLiteral("web_tier")
                            << QStringLiteral("Web-Tier");
    QTest::newRow("punctuation") << QStringLiteral("--a..b__c--") << QStringLiteral("a_b_c")
                                 << QStringLiteral("--a..b__c--");
    QTest::newRow("leading digit")
            << QStringLiteral("3tier") << QStringLiteral("n3tier") << QStringLiteral("3tier");
    QTest::newRow("injection") << QStringLiteral("x\" {") << QStringLiteral("x")
                               << QStringLiteral("x");
    QTest::newRow("chinese") << QStringLiteral("网站 web") << QStringLiteral("web")
                             << QStringLiteral("网站-web");
    QTest::newRow("only chinese") << QStringLiteral("网站") << QString() << QStringLiteral("网站");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_TerraformHcl::identifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, identifier);
    QFETCH(QString, slug);
    QCOMPARE(terraform::sanitizeIdentifier(name), identifier);
    QCOMPARE(terraform::resourceNameSlug(name), slug);

    terraform::IdentifierPool pool;
    QCOMPARE(pool.take(QStringLiteral("web"), QStringLiteral("ecs_1"), 1), QStringLiteral("web"));
    QCOMPARE(pool.take(QStringLiteral("web"), QStringLiteral("ecs_7"), 7), QStringLiteral("web_7"));
    QCOMPARE(pool.take(QString(), QStringLiteral("ecs_8"), 8), QStringLiteral("ecs_8"));
    // Taken again: the suffix, then a count after it.
    QCOMPARE(pool.take(QStringLiteral("web"), QStringLiteral("ecs_7"), 7),
             QStringLiteral("web_7_2"));
    QCOMPARE(pool.take(QStringLiteral("web"), QStringLiteral("ecs_7"), 7),
             QStringLiteral("web_7_3"));
    QCOMPARE(pool.take(QStringLiteral("ecs_8"), QString(), 9), QStringLiteral("ecs_8_9"));
    QVERIFY(pool.contains(QStringLiteral("web_7_3")));
}

void tst_TerraformHcl::fmtAlignment()
{
    hcl::Body body;
    hcl::Body &res
            = body.block(QStringLiteral("resource"), {QStringLiteral("a"), QStringLiteral("b")});
    res.number(QStringLiteral("count"), 2);
    res.string(QStringLiteral("instance_type"), QStringLiteral("x"));
    res.blankLine();
    res.boolean(QStringLiteral("k"), true);
    hcl::Body &obj = res.object(QStringLiteral("tags"));
    obj.string(QStringLiteral("a"), QStringLiteral("1"));
    obj.string(QStringLiteral("\"bb-c\""), QStringLiteral("2"));
    res.string(QStringLiteral("zz"), QStringLiteral("after"));
    res.block(QStringLiteral("empty"));
    QCOMPARE(body.toBytes(),
             QByteArray("resource \"a\" \"b\" {\n"
                        "  count         = 2\n"
                        "  instance_type = \"x\"\n"
                        "\n"
                        "  k = true\n"
                        "  tags = {\n"
                        "    a      = \"1\"\n"
                        "    \"bb-c\" = \"2\"\n"
                        "  }\n"
                        "  zz = \"after\"\n"
                        "  empty {}\n"
                        "}\n"));
}

/** Names, values, labels and comments outside ASCII are written as UTF-8, as inside it. */
void tst_TerraformHcl::nonAsciiIsUtf8()
{
    hcl::Body body;
    body.comment(QStringLiteral("Zone 杭州 — café"));
    hcl::Body &res = body.block(QStringLiteral("resource"),
                                {QStringLiteral("a"), QStringLiteral("标签 \"q\"")});
    res.string(QStringLiteral("name"), QStringLiteral("web 😀"));
    res.string(QStringLiteral("ascii"), QStringLiteral("plain"));
    hcl::Body &obj = res.object(QStringLiteral("tags"));
    obj.string(QStringLiteral("\"é\""), QStringLiteral("ü"));
    QCOMPARE(body.toBytes(),
             QStringLiteral("# Zone 杭州 — café\n"
                            "resource \"a\" \"标签 \\\"q\\\"\" {\n"
                            "  name  = \"web 😀\"\n"
                            "  ascii = \"plain\"\n"
                            "  tags = {\n"
                            "    \"é\" = \"ü\"\n"
                            "  }\n"
                            "}\n")
                     .toUtf8());
}

/** string() writes what quoted() does, whatever the length and wherever a unit that needs
 *  escaping or is not ASCII stands (the body narrows plain ASCII eight units at a time). */
void tst_TerraformHcl::stringsAsQuoted()
{
    const QList<QString> specials
            = {QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("${"),
               QStringLiteral("%{"), QStringLiteral("$"),  QStringLiteral("\n"),
               QString(QChar(1)),    QString(QChar(0x7f)), QStringLiteral("é"),
               QStringLiteral("杭"), QStringLiteral("😀"),  QString(QChar(0x8000))};
    for (int length = 0; length <= 33; ++length) {
        const QString plain = QString(length, QLatin1Char('a'));
        QStringList values{plain};
        for (const QString &special : specials) {
            for (int at = 0; at <= length; ++at)
                values << QString(plain).insert(at, special);
        }
        for (const QString &value : std::as_const(values)) {
            hcl::Body body;
            body.string(QStringLiteral("v"), value);
            hcl::Body &block = body.block(QStringLiteral("b"), {value});
            block.string(QStringLiteral("w"), value);
            const QByteArray quoted = hcl::quoted(value).toUtf8();
            const QByteArray expected
                    = "v = " + quoted + "\nb " + quoted + " {\n  w = " + quoted + "\n}\n";
            QCOMPARE(body.toBytes(), expected);
            QCOMPARE(body.sizeHint(), expected.size());
        }
    }
}

/** Thousands of blocks (the tree's text and items span several chunks), one of them filled
 *  after all the others were added: each renders where it was added. */
void tst_TerraformHcl::largeTreeFilledLater()
{
    hcl::Body body;
    QList<hcl::Body *> blocks;
    QByteArray expected;
    for (int i = 0; i < 5000; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        const QString value = QString(i % 70, QLatin1Char('x')) + QString::number(i);
        hcl::Body &block = body.block(QStringLiteral("resource"), {QStringLiteral("t"), name});
        block.string(QStringLiteral("value"), value);
        block.number(QStringLiteral("i"), i);
        blocks << &block;
        expected += "resource \"t\" \"" + name.toUtf8() + "\" {\n  value = \"" + value.toUtf8()
                + "\"\n  i     = " + QByteArray::number(i);
        if (i == 7)
            expected += "\n  later = [a, b]";
        expected += "\n}\n";
    }
    blocks[7]->list(QStringLiteral("later"), {QStringLiteral("a"), QStringLiteral("b")});
    hcl::Body moved = std::move(body);
    QVERIFY(body.isEmpty());
    QCOMPARE(moved.toBytes(), expected);
    QCOMPARE(moved.sizeHint(), expected.size());
    // Rendered without reserving first (the cursor grows the array), and after a short prefix
    // into an array reserved by the estimate run() uses.
    QByteArray grown;
    moved.render(grown);
    QCOMPARE(grown, expected);
    QByteArray reserved = "# head\n";
    reserved.reserve(reserved.size() + moved.reserveHint());
    moved.render(reserved);
    QCOMPARE(reserved, "# head\n" + expected);
    QCOMPARE(hcl::Body().reserveHint(), 0);
}

namespace {

/** What a body holds, for the reference rendering in alignmentAsReference(). */
struct RefBody
{
    struct Item
    {
        int kind = 0; ///< 0 attribute, 1 blank line, 2 comment, 3 block
        QString name; ///< attribute name, comment text, block type
        QString value; ///< attribute expression
        std::unique_ptr<RefBody> child;
    };
    std::vector<Item> items;

    /** terraform fmt's layout, two passes over each run of attributes. */
    void render(QString &out, int indent) const
    {
        const QString pad(indent * 2, QLatin1Char(' '));
        for (size_t i = 0; i < items.size();) {
            const Item &item = items[i];
            if (item.kind == 0) {
                size_t end = i;
                qsizetype width = 0;
                for (; end < items.size() && items[end].kind == 0; ++end)
                    width = std::max(width, items[end].name.size());
                for (; i < end; ++i)
                    out += pad + items[i].name.leftJustified(width) + QStringLiteral(" = ")
                            + items[i].value + QLatin1Char('\n');
                continue;
            }
            if (item.kind == 1) {
                out += QLatin1Char('\n');
            } else if (item.kind == 2) {
                out += pad + QStringLiteral("# ") + item.name + QLatin1Char('\n');
            } else if (item.child->items.empty()) {
                out += pad + item.name + QStringLiteral(" {}\n");
            } else {
                out += pad + item.name + QStringLiteral(" {\n");
                item.child->render(out, indent + 1);
                out += pad + QStringLiteral("}\n");
            }
            ++i;
        }
    }
};

} // namespace

/** Runs of attributes aligned as terraform fmt does, whatever the order bodies are filled in:
 *  items go to random bodies of a growing tree (an outer body's run goes on after a block was
 *  opened inside it and filled later), names of many widths, some outside ASCII. */
void tst_TerraformHcl::alignmentAsReference()
{
    const QList<QString> names = {QStringLiteral("a"),
                                  QStringLiteral("count"),
                                  QStringLiteral("instance_type"),
                                  QStringLiteral("\"é\""),
                                  QStringLiteral("zone_id"),
                                  QStringLiteral("a_rather_long_attribute_name_of_forty_chars"),
                                  QStringLiteral("标签")};
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator random(seed);
        hcl::Body body;
        RefBody reference;
        std::vector<std::pair<hcl::Body *, RefBody *>> bodies{{&body, &reference}};
        for (int n = 0; n < 400; ++n) {
            auto [b, ref] = bodies[random.bounded(quint32(bodies.size()))];
            RefBody::Item item;
            const quint32 what = random.bounded(10u);
            if (what < 6) { // attributes are most items: long runs
                item.name = names[random.bounded(quint32(names.size()))];
                item.value = QString::number(random.bounded(100000u));
                switch (random.bounded(4u)) {
                case 3: // a literal name: its size known while compiling
                    item.name = QStringLiteral("instance_type");
                    b->attribute("instance_type", item.value);
                    break;
                case 0:
                    b->number(item.name, item.value.toLongLong());
                    break;
                case 1:
                    b->attribute(item.name, item.value);
                    break;
                default:
                    b->attributeOf(item.name, {item.value});
                }
            } else if (what == 6) {
                item.kind = 1;
                b->blankLine();
            } else if (what == 7) {
                item.kind = 2;
                item.name = QStringLiteral("note %1").arg(n);
                b->comment(item.name);
            } else {
                item.kind = 3;
                item.name = QStringLiteral("block%1").arg(n);
                item.child = std::make_unique<RefBody>();
                bodies.emplace_back(&b->block(item.name), item.child.get());
            }
            ref->items.push_back(std::move(item));
        }
        QString expected;
        reference.render(expected, 0);
        QCOMPARE(body.toBytes(), expected.toUtf8());
        QCOMPARE(body.sizeHint(), expected.toUtf8().size());
        // Rendered through a buffer handed over whenever full (an export written as it goes):
        // the pieces and what is left make the same bytes, for buffers smaller than a line too.
        for (const qsizetype capacity : {1, 16, 100, 4096}) {
            QByteArray buffer;
            buffer.reserve(capacity);
            const qsizetype reserved = buffer.capacity();
            QByteArray flushed;
            int flushes = 0;
            body.render(buffer, [&](QByteArrayView bytes) {
                QVERIFY(!bytes.isEmpty());
                flushed += bytes;
                ++flushes;
            });
            QCOMPARE(flushed + buffer, expected.toUtf8());
            // The buffer grows only for a line longer than it: never towards the whole text.
            QVERIFY(buffer.capacity() <= std::max<qsizetype>(reserved, 512));
            QVERIFY(flushes > 0 || expected.toUtf8().size() <= buffer.capacity());
        }
    }
}

/** appendVariableBlock() writes what a body holding the same variable renders, for plain
 *  text, every unit that needs escaping or is not ASCII, in every part, with and without a
 *  validation block. */
void tst_TerraformHcl::variableBlockAsBody()
{
    const QList<QString> texts = {QString(),
                                  QStringLiteral("web"),
                                  QStringLiteral("a \"b\""),
                                  QStringLiteral("\\"),
                                  QStringLiteral("${x}"),
                                  QStringLiteral("%{y}"),
                                  QStringLiteral("$5"),
                                  QStringLiteral("\n"),
                                  QString(QChar(1)),
                                  QStringLiteral("é"),
                                  QStringLiteral("杭州"),
                                  QStringLiteral("😀"),
                                  QStringLiteral("a longer plain text of more than sixteen units")};
    int cases = 0;
    for (const QString &text : texts) {
        for (int part = 0; part < 5; ++part) {
            for (const bool validated : {true, false}) {
                const QString plain = QStringLiteral("plain");
                const auto at = [&](int p) {
                    return part == p ? text : plain;
                };
                const QString name = at(0), description = at(1), value = at(2), condition = at(3),
                              message = at(4);
                hcl::Body body;
                hcl::ByteBuffer fast;
                for (int n = 0; n < 2; ++n) { // the second after a blank line, as the builder
                    if (!body.isEmpty()) {
                        body.blankLine();
                        fast += '\n';
                    }
                    hcl::Body &v = body.blockOf("variable", {name, "_", n});
                    v.stringOf("description", {"Size of ", description, " (", n, ")."});
                    v.attributeOf("type", {QLatin1String("number")});
                    v.attribute("default", value);
                    if (validated) {
                        v.blankLine();
                        hcl::Body &check = v.block("validation");
                        check.attributeOf("condition", {"var.", condition, " >= ", n});
                        check.stringOf("error_message", {message, ": at least ", n, "."});
                    }
                    const QByteArrayView written = hcl::appendVariableBlock(
                            fast, {name, "_", n}, {"Size of ", description, " (", n, ")."},
                            {QLatin1String("number")}, {value},
                            validated ? hcl::Pieces{"var.", condition, " >= ", n} : hcl::Pieces{},
                            {message, ": at least ", n, "."});
                    QCOMPARE(written, QByteArrayView(value.toUtf8())); // the default as written
                }
                QCOMPARE(fast.take(), body.toBytes());
                QVERIFY(fast.isEmpty());
                ++cases;
            }
        }
    }
    QCOMPARE(cases, 130);
}

/** The builder's zoneOf() / regionOf() (its own walk up the parents, stopping at an ancestor
 *  already placed) are Model::zoneOf() / regionOf() for every entity, asked in random orders,
 *  of the variant and sample designs and of hand-made chains: zones in zones, a region under a
 *  zone, a dangling parent, a parent loop, ids the model does not have. */
void tst_TerraformHcl::placesAsModel()
{
    QList<Model> models;
    for (int seed = 0; seed < test::variantDesignCount(); ++seed)
        models << test::variantDesign(seed);
    for (const QString &name : test::sampleDesignNames())
        models << test::sampleDesign(name);
    Model chains;
    const auto add = [&chains](quint32 id, EntityKind kind, quint32 parent) {
        Entity e;
        e.id = entityId(id);
        e.kind = kind;
        e.parent = parent ? entityId(parent) : EntityId::None;
        chains.insert(e);
    };
    add(1, EntityKind::Region, 0);
    add(2, EntityKind::Zone, 1);
    add(3, EntityKind::InstanceGroup, 2);
    add(4, EntityKind::Disk, 3);
    add(5, EntityKind::Zone, 2); // a zone in a zone
    add(6, EntityKind::Disk, 5);
    add(7, EntityKind::Region, 6); // a region below a zone
    add(8, EntityKind::InstanceGroup, 7);
    add(9, EntityKind::Disk, 999); // a parent the model does not have
    add(10, EntityKind::Zone, 11); // a loop: 10 -> 11 -> 12 -> 10
    add(11, EntityKind::InstanceGroup, 12);
    add(12, EntityKind::Disk, 10);
    add(13, EntityKind::Disk, 11);
    add(14, EntityKind::InstanceGroup, 15); // a loop without a zone or region
    add(15, EntityKind::Disk, 14);
    add(20, EntityKind::Disk, 0);
    models << chains;
    const TerraformExporter::Options options;
    int asked = 0;
    for (quint32 seed = 1; seed <= 3; ++seed) {
        for (const Model &model : std::as_const(models)) {
            QList<EntityId> ids = model.entities().keys();
            ids << entityId(999) << entityId(100000);
            QRandomGenerator random(seed);
            std::shuffle(ids.begin(), ids.end(), random);
            const terraform::Builder builder(model, options);
            for (const EntityId id : std::as_const(ids)) {
                QCOMPARE(builder.zoneOf(id), model.zoneOf(id));
                QCOMPARE(builder.regionOf(id), model.regionOf(id));
                ++asked;
            }
        }
    }
    QVERIFY(asked > 1000);
}

/** tagsExpression() and nameExpression() write in place what the concatenations with
 *  hcl::quoted() and hcl::escapedLiteral() make, for names, roles and tags of every kind:
 *  plain, to escape, outside ASCII, padded with spaces, longer than 128 units, empty. */
void tst_TerraformHcl::tagsAndNamesAsReference()
{
    const QList<QString> texts = {QString(),
                                  QStringLiteral("web"),
                                  QStringLiteral("  spaced  "),
                                  QStringLiteral("a \"b\""),
                                  QStringLiteral("c:\\dir"),
                                  QStringLiteral("${x}"),
                                  QStringLiteral("100%{y}"),
                                  QStringLiteral("$5"),
                                  QStringLiteral("line\nbreak"),
                                  QStringLiteral("数据盘"),
                                  QStringLiteral("😀"),
                                  QString(140, QLatin1Char('n')),
                                  QString(127, QLatin1Char('n')) + QStringLiteral("\"x")};
    Model model;
    quint32 id = 0;
    for (const QString &name : texts) {
        for (const QString &role : texts) {
            Entity e;
            e.id = entityId(++id);
            e.kind = id % 3 == 0 ? EntityKind::Disk : EntityKind::InstanceGroup;
            e.name = name;
            e.compute.role = role;
            e.compute.tags = QStringList{texts[id % texts.size()], role, QStringLiteral(" "),
                                         texts[(id * 7) % texts.size()]};
            model.insert(e);
        }
    }
    const TerraformExporter::Options options;
    terraform::Builder builder(model, options);
    const auto reference = [](const Entity &e) {
        QString out = QStringLiteral("merge(local.common_tags, { component = ")
                + hcl::quoted(terraform::Builder::displayNameOf(e).left(128));
        if (e.isCompute()) {
            const QString role = e.compute.role.trimmed();
            if (!role.isEmpty())
                out += QStringLiteral(", role = ") + hcl::quoted(role.left(128));
            QStringList tags;
            for (const QString &t : e.compute.tags) {
                if (!t.trimmed().isEmpty())
                    tags << t.trimmed();
            }
            if (!tags.isEmpty())
                out += QStringLiteral(", workload = ")
                        + hcl::quoted(tags.join(QLatin1Char(' ')).left(128));
        }
        return out + QStringLiteral(" })");
    };
    for (const Entity &e : model.entities()) {
        QCOMPARE(builder.tagsExpression(e), reference(e));
        for (const QString &suffix :
             {QString(), QStringLiteral("-cpu"), QStringLiteral("-\"${x}\\"), e.name}) {
            const QString slug = suffix.isEmpty() ? builder.slugOf(e)
                                                  : terraform::fitName(builder.slugOf(e) + suffix);
            for (const bool counted : {false, true}) {
                const QString expected = QStringLiteral("\"${var.name_prefix}-")
                        + hcl::escapedLiteral(slug)
                        + (counted ? QStringLiteral("-${count.index + 1}") : QString())
                        + QLatin1Char('"');
                QCOMPARE(builder.nameExpression(e, counted, suffix), expected);
            }
        }
    }
}

/** A comment given as a literal is written as the same text given as a QString. */
void tst_TerraformHcl::commentLiteralAsString()
{
    hcl::Body literal, string;
    const auto both = [&](const auto &text) {
        literal.comment(text);
        string.comment(QString::fromUtf8(text));
    };
    both("plain");
    both("");
    both("   ");
    both("  padded  ");
    both("\ttabs\tand\nnewlines\r\n");
    both("a\x7f"
         "b\x01");
    both("caf\xc3\xa9 \xe6\x9d\xad");
    both("\xe2\x80\xa8 separator");
    QCOMPARE(literal.toBytes(), string.toBytes());
    QCOMPARE(literal.toBytes(),
             QByteArray("# plain\n# \n# \n# padded\n# tabs and newlines\n# a b\n"
                        "# caf\xc3\xa9 \xe6\x9d\xad\n# separator\n"));
}

/** terraform.tfvars.example keeps a value outside ASCII as UTF-8, padded like the others. */
void tst_TerraformHcl::tfvarsExampleOutsideAscii()
{
    Model model;
    Entity region;
    region.id = entityId(1);
    region.kind = EntityKind::Region;
    region.code = QStringLiteral("cn-hangzhou");
    model.insert(region);
    Entity zone;
    zone.id = entityId(2);
    zone.kind = EntityKind::Zone;
    zone.parent = region.id;
    zone.code = QStringLiteral("cn-hangzhou-h");
    model.insert(zone);
    Entity group;
    group.id = entityId(3);
    group.kind = EntityKind::InstanceGroup;
    group.parent = zone.id;
    group.name = QStringLiteral("web");
    group.compute.instanceType = QStringLiteral("ecs.g8i.大-😀");
    model.insert(group);
    const ExportResult r = TerraformExporter::generate(model, {});
    const QList<QByteArray> lines
            = r.files.value(QStringLiteral("terraform.tfvars.example")).split('\n');
    const auto line = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
        return l.startsWith("# web_instance_type ");
    });
    QVERIFY(line != lines.cend());
    QCOMPARE(QString::fromUtf8(*line).section(QLatin1Char('='), 1).trimmed(),
             QStringLiteral("\"ecs.g8i.大-😀\""));
    // Every line pads its name to the same column, the others' values (ASCII) as before.
    int values = 0;
    for (const QByteArray &l : lines) {
        if (l.startsWith("# ") && l.contains(" = ")) {
            QCOMPARE(l.indexOf(" = "), line->indexOf(" = "));
            ++values;
        }
    }
    QVERIFY(values >= 5);
    QVERIFY(lines.contains("# web_count            = 1"));
}

void tst_TerraformHcl::blockLabels()
{
    hcl::Body body;
    body.block(QStringLiteral("resource"), {QStringLiteral("alicloud_vpc"), QStringLiteral("a")})
            .block(QStringLiteral("resource"), {QStringLiteral("nested"), QStringLiteral("n")});
    body.block(QStringLiteral("data"), {QStringLiteral("alicloud_images"), QStringLiteral("i")});
    body.block(QStringLiteral("resource"));
    body.string(QStringLiteral("resource"), QStringLiteral("not a block"));
    body.block(QStringLiteral("resources"), {QStringLiteral("other")});
    body.block(QStringLiteral("resource"), {QStringLiteral("only_type")});
    body.block(QStringLiteral("resource"), {QStringLiteral("q\"uote"), QStringLiteral("b")});
    body.block(QStringLiteral("resource"), {QStringLiteral("alicloud_vpc"), QStringLiteral("b")});
    QList<QByteArray> labels;
    body.forEachBlockLabel("resource", [&](QByteArrayView l) { labels << l.toByteArray(); });
    // Top-level blocks of the type with a label; a label's bytes up to its first quote, as a
    // scan of the rendered `resource "` lines reads them.
    QCOMPARE(labels, (QList<QByteArray>{"alicloud_vpc", "only_type", "q\\", "alicloud_vpc"}));
    labels.clear();
    hcl::Body().forEachBlockLabel("resource", [&](QByteArrayView l) { labels << l.toByteArray(); });
    QVERIFY(labels.isEmpty());
}

void tst_TerraformHcl::fitName_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << QStringLiteral("web-fleet") << 39 << QStringLiteral("web-fleet");
    QTest::newRow("exactly") << QString(39, QLatin1Char('a')) << 39
                             << QString(39, QLatin1Char('a'));
    const QString longName
            = QStringLiteral("a-group-with-a-very-long-name-that-no-cloud-name-takes");
    const QString cut = terraform::fitName(longName, 39);
    QTest::newRow("long") << longName << 39 << cut;
    QTest::newRow("chinese") << QStringLiteral("网站服务器网站服务器网站服务器") << 20
                             << terraform::fitName(QStringLiteral("网站服务器网站服务器网站服务器"),
                                                   20);
}

void tst_TerraformHcl::fitName()
{
    QFETCH(QString, slug);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    const QString name = terraform::fitName(slug, maxBytes);
    QCOMPARE(name, expected);
    QVERIFY(name.toUtf8().size() <= maxBytes);
    if (slug.toUtf8().size() > maxBytes) {
        // head, '-', 6 hex digits of the slug's SHA-1
        QVERIFY(QRegularExpression(QStringLiteral("-[0-9a-f]{6}$")).match(name).hasMatch());
        QVERIFY(slug.startsWith(name.left(name.size() - 7)));
    }
}

QTEST_GUILESS_MAIN(tst_TerraformHcl)
#include "tst_terraformhcl.moc"
