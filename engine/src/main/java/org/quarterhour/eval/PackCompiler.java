package org.quarterhour.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.quarterhour.inventory.Problem;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;

/**
 * Compiles a pack's DRL with Drools at run time and reads its items from the rules' metadata. {@link #compile}
 * compiles the DRL in memory (its errors are the ones {@code pack check} explains); {@link #compile(Pack, PackCache)}
 * uses the executable model, kept in a {@link PackCache} so that later processes load it without compiling.
 */
public final class PackCompiler {
    private PackCompiler() {
    }

    /**
     * The pack from the cache when an entry for its content and this engine is there and sound; otherwise compiled
     * to the executable model, stored, and used. The lint runs first either way.
     */
    public static CompiledPack compile(Pack pack, PackCache cache) throws PackException {
        lint(pack);
        return modelUnlinted(pack, cache);
    }

    /** The cached (or freshly built) executable model without the lint: {@link #compile(Pack, PackCache)} lints first. */
    static CompiledPack modelUnlinted(Pack pack, PackCache cache) throws PackException {
        String key = pack.sha256() + "-" + org.quarterhour.Engine.version();
        try {
            java.util.Optional<byte[]> cached = cache.read(key);
            if (cached.isPresent()) {
                try {
                    return load(pack, cached.get());
                } catch (LinkageError | RuntimeException e) {
                    cache.discard(key);
                }
            }
            KieServices ks = KieServices.Factory.get();
            ReleaseId release = releaseId(ks, pack);
            KieBuilder builder = ks.newKieBuilder(files(ks, pack, release), new SandboxClassLoader(PackCompiler.class.getClassLoader()))
                    .buildAll(org.drools.model.codegen.ExecutableModelProject.class);
            if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
                return buildUnlinted(pack); // the DRL compiler says what is wrong in the words pack check explains
            }
            byte[] kjar = ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
            ks.getRepository().removeKieModule(release);
            CompiledPack compiled = load(pack, kjar);
            cache.write(key, kjar);
            return compiled;
        } catch (LinkageError | RuntimeException e) {
            throw cannotCompile(pack, e);
        }
    }

    /**
     * A compiled kjar (the executable model) loaded under the sandbox: its classes are defined by a loader whose
     * parent is the sandbox, and the knowledge base is built straight from the models its project class lists —
     * without a KieContainer, which would read the kjar's kmodule.xml through XStream (a third of a cold start).
     */
    private static CompiledPack load(Pack pack, byte[] kjar) throws PackException {
        KjarClassLoader loader = new KjarClassLoader(kjar, new SandboxClassLoader(PackCompiler.class.getClassLoader()));
        try {
            CanonicalKieModuleModel project = (CanonicalKieModuleModel)
                    loader.loadClass(loader.projectClass()).getDeclaredConstructor().newInstance();
            KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
            KieBase base = KieBaseBuilder.createKieBaseFromModel(project.getModels(), configuration);
            return compiled(pack, base);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled pack has no usable project class: " + e.getMessage(), e);
        }
    }

    /** Defines a kjar's classes on demand, after its parent (the sandbox) has had its say. */
    private static final class KjarClassLoader extends ClassLoader {
        private static final String PROJECT = "org/drools/project/model/ProjectModel";
        private final Map<String, byte[]> classes = new HashMap<>();

        KjarClassLoader(byte[] kjar, ClassLoader parent) {
            super("quarterhour-pack", parent);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".class")) {
                        classes.put(e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("the compiled pack cannot be read: " + e.getMessage(), e);
            }
        }

        String projectClass() {
            List<String> projects = classes.keySet().stream().filter(n -> n.startsWith(PROJECT.replace('/', '.'))).sorted().toList();
            if (projects.size() != 1) {
                throw new IllegalStateException("the compiled pack has " + projects.size() + " project classes, expected one");
            }
            return projects.get(0);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static KieFileSystem files(KieServices ks, Pack pack, ReleaseId release) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(release);
        pack.drl().forEach((path, text) -> kfs.write("src/main/resources/" + path, text));
        return kfs;
    }

    private static ReleaseId releaseId(KieServices ks, Pack pack) {
        return ks.newReleaseId("org.quarterhour.packs", pack.manifest().id(),
                pack.manifest().version() + "-" + pack.sha256().substring(0, 12));
    }

    private static CompiledPack compiled(Pack pack, KieBase base) throws PackException {
        return new CompiledPack(pack, base, items(pack, base));
    }

    /** The pack compiled from its DRL in memory, after the lint. */
    public static CompiledPack compile(Pack pack) throws PackException {
        lint(pack);
        return buildUnlinted(pack);
    }

    /** Refuses a pack the lint finds reaching outside what packs may use, before anything of it is compiled. */
    private static void lint(Pack pack) throws PackException {
        List<Problem> refused = PackLint.lint(pack);
        if (!refused.isEmpty()) {
            throw new PackException(refused);
        }
    }

    /** What a compiler or class loading failure says to a bureau. */
    private static PackException cannotCompile(Pack pack, Throwable e) {
        return new PackException(pack.location(), "the pack cannot be compiled: " + Evaluator.rootMessage(e) + sandboxHint(e));
    }

    /** Where the sandbox refused a class, say so in words a bureau can act on. */
    static String sandboxHint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
                return " (a rule pack may use only the fact types of org.quarterhour.facts, java.math and plain values;"
                        + " '" + m.replace('/', '.').replace(" is not available to rule packs", "") + "' is outside what packs may reach)";
            }
        }
        return "";
    }

    /**
     * Compiles the DRL without the lint: behind {@link #compile(Pack)}, where the model path needs the DRL compiler's
     * words for a pack that does not compile, and alone to prove that the sandbox still stops what the lint would miss.
     */
    static CompiledPack buildUnlinted(Pack pack) throws PackException {
        try {
            return build(pack);
        } catch (LinkageError | RuntimeException e) {
            throw cannotCompile(pack, e);
        }
    }

    private static CompiledPack build(Pack pack) throws PackException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId release = releaseId(ks, pack);
        ClassLoader sandbox = new SandboxClassLoader(PackCompiler.class.getClassLoader());
        KieBuilder builder = ks.newKieBuilder(files(ks, pack, release), sandbox).buildAll();
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? pack.location() : pack.location() + "/" + m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(new Problem(file, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), "", m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        KieBase base = ks.newKieContainer(release, sandbox).getKieBase();
        ks.getRepository().removeKieModule(release);
        return compiled(pack, base);
    }

    /** The item rules, in sheet order: by the manifest's category order, then by code (B2 before B10). */
    static List<ItemSpec> items(Pack pack, KieBase base) throws PackException {
        List<ItemSpec> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (KiePackage kp : base.getKiePackages()) {
            for (Rule rule : kp.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (!meta.containsKey("code")) {
                    continue;
                }
                String points = text(meta.get("points"));
                BigDecimal pts = null;
                if (points != null) {
                    try {
                        pts = new BigDecimal(points);
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(pack.location(), 0, 0, "rule \"" + rule.getName() + "\"",
                                "@points(" + points + ") is not a number"));
                    }
                }
                items.add(new ItemSpec(rule.getName(), text(meta.get("code")), text(meta.get("name")),
                        text(meta.get("category")), pts, text(meta.get("clause"))));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        Manifest manifest = pack.manifest();
        List<String> order = manifest.categories().stream().map(Manifest.Category::code).toList();
        items.sort(Comparator.comparingInt((ItemSpec i) -> order.indexOf(i.category()) < 0 ? order.size() : order.indexOf(i.category()))
                .thenComparing(ItemSpec::code, PackCompiler::naturalOrder));
        return items;
    }

    /** Metadata values come back as strings or numbers, sometimes still quoted: the bare text. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Compares codes with their digit runs as numbers, so that B2 sorts before B10. */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
