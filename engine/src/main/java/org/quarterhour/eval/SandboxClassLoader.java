package org.quarterhour.eval;

import java.util.List;
import java.util.Set;

/**
 * The second wall around a pack: the class loader its compiled rules are defined under. Classes the rules' generated
 * code asks for are resolved through it, and anything that reaches outside — processes, files, the network,
 * reflection, threads, class loading, {@code System} — is refused with ClassNotFoundException, whatever the lint
 * missed. Drools' own runtime and the engine's fact types resolve as usual. {@code java.lang.Class} itself stays
 * available (Drools needs it for the field accessors of declared types); what it leads to — class loaders,
 * {@code java.lang.reflect} — does not.
 */
final class SandboxClassLoader extends ClassLoader {
    private static final List<String> ALLOWED_PREFIXES = List.of(
            "org.quarterhour.facts.", "org.drools.", "org.kie.", "org.mvel2.", "java.util.", "java.math.", "java.time.",
            "java.lang.invoke.", "java.lang.");
    private static final List<String> DENIED_PREFIXES = List.of(
            "java.lang.reflect.", "java.lang.management.", "java.lang.ref.", "java.lang.instrument.", "java.lang.module.",
            "java.util.concurrent.", "java.util.logging.", "java.util.prefs.", "java.util.jar.", "java.util.zip.",
            "java.util.spi.", "java.util.ServiceLoader", "java.lang.invoke.MethodHandles", "java.lang.invoke.MethodHandleProxies",
            "java.lang.invoke.VarHandle");
    private static final Set<String> DENIED_CLASSES = Set.of(
            "java.lang.System", "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.Process",
            "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal", "java.lang.InheritableThreadLocal",
            "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.Package",
            "java.lang.SecurityManager", "java.lang.StackWalker", "java.lang.Compiler", "java.lang.ClassValue",
            "java.lang.ScopedValue");

    SandboxClassLoader(ClassLoader engine) {
        super("quarterhour-pack-sandbox", engine);
    }

    /** Marker interfaces Drools' declared types implement; they carry no behaviour. */
    private static final Set<String> ALLOWED_CLASSES = Set.of("java.io.Serializable", "java.io.Externalizable");

    static boolean allowed(String name) {
        String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        if (ALLOWED_CLASSES.contains(outer)) {
            return true;
        }
        if (DENIED_CLASSES.contains(outer) || DENIED_PREFIXES.stream().anyMatch(outer::startsWith)) {
            return false;
        }
        return ALLOWED_PREFIXES.stream().anyMatch(outer::startsWith) || !outer.contains(".");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allowed(name)) {
            throw new ClassNotFoundException(name + " is not available to rule packs");
        }
        return super.loadClass(name, resolve);
    }
}
