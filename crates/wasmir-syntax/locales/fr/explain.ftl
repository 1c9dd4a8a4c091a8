# Explications détaillées des codes de diagnostic, affichées par `wirc explain CODE` (fr : traduction française).
# Un message `eNNNN-explain` par code, dans le style de l'index des erreurs de rustc. Pas de variables :
# les accolades des exemples s'écrivent avec les littéraux de chaîne {"{"} et {"}"}.

e0001-explain =
    Un caractère par lequel aucun lexème ne commence.
    L'analyseur lexical connaît les sigils (`@ % ^ $ #`), les identificateurs, les nombres, les chaînes, les chaînes d'octets `x"..."`, la ponctuation et les commentaires `;` (wasmir-spec/02-text-format.md §2.1) ; tout autre caractère est refusé, et le fichier n'est pas analysé.

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return // done
    {"    }"}

    Correction : écrivez les commentaires avec `;` (`return ; done`), et mettez entre guillemets les noms qui contiennent d'autres caractères, comme `@"core::fmt"`.

e0002-explain =
    Un lexème que la grammaire n'autorise pas à cet endroit.
    Le message liste les lexèmes qui auraient pu venir à la place (grammaire : wasmir-spec/02-text-format.md §2.2). Après l'erreur, l'analyseur syntaxique saute jusqu'à l'instruction ou l'élément suivant, si bien qu'une seule exécution signale plusieurs erreurs.

    Exemple erroné :

        wasmir 0.2
        fn @f(i32 -> i32 {"{"}
        ^entry(%x: i32):
            return %x
    {"    }"}

    Correction : écrivez ce que le message attend ; ici, fermez la liste des paramètres : `fn @f(i32) -> i32 {"{"}`.

e0003-explain =
    Le fichier se termine au milieu d'une construction (wasmir-spec/02-text-format.md §2.2).
    En général, il manque l'accolade fermante du corps d'une fonction, ou le fichier a été tronqué.

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return

    Correction : complétez la construction ; ici, ajoutez l'accolade fermante `{"}"}` après `return`.

e0004-explain =
    Une chaîne sans guillemet fermant sur la même ligne.
    Les chaînes et les noms entre guillemets tiennent sur une seule ligne (wasmir-spec/02-text-format.md §2.1), afin qu'un guillemet oublié ne puisse pas avaler le reste du fichier.

    Exemple erroné :

        wasmir 0.2
        export "f fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : fermez la chaîne : `export "f" fn @f`. Un saut de ligne dans une chaîne s'écrit `\n`.

e0005-explain =
    Un mot réservé à une version ultérieure de WasmIR est employé comme mot nu.
    `load`, `store`, `own`, `linear`, `borrow`, `drop`, `externref`, `shared`, `atomic`, `component`, `v128` et `ptr64` sont réservés (wasmir-spec/02-text-format.md §2.1, wasmir-spec/09-reserved.md), afin que les versions ultérieures puissent leur donner un sens sans casser les fichiers existants.

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = load %p
            return %v
    {"    }"}

    Correction : utilisez l'opérateur de la version actuelle (`i32.load[$heap] %p`). Comme noms, ces mots sont ordinaires : `%load`, `^drop`, `@store` sont autorisés.

e0006-explain =
    Une séquence d'échappement inconnue dans une chaîne ou un nom entre guillemets, ou un `\u{"{"}...{"}"}` qui n'est pas une valeur scalaire Unicode.
    Les chaînes n'acceptent que `\\`, `\"`, `\n`, `\t` et `\u{"{"}HEX{"}"}` (wasmir-spec/02-text-format.md §2.1), afin que chaque chaîne ait un seul sens.

    Exemple erroné :

        wasmir 0.2
        import "env" "log\q" fn @log(i32)

    Correction : supprimez la barre oblique inverse, ou utilisez l'une des séquences acceptées, comme dans `"log\u{"{"}2D{"}"}x"`. Les demi-codets d'indirection (surrogates) tels que `\u{"{"}D800{"}"}` ne sont pas des valeurs scalaires.

e0007-explain =
    Un sigil suivi ni d'un identificateur ni, là où c'est permis, de chiffres.
    Après `%`, `^` et `#` vient un identificateur ou des chiffres, après `@` et `$` un identificateur (wasmir-spec/02-text-format.md §2.1). Les noms de fonctions et d'entités ne sont jamais anonymes : `@12` et `$0` sont donc mal formés, tout comme `%3x` et un `%` isolé.

    Exemple erroné :

        wasmir 0.2
        fn @12() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : utilisez un identificateur (`@f12`), ou mettez le nom entre guillemets : `@"12"`.

e0100-explain =
    Le fichier ne commence pas par l'en-tête `wasmir`.
    Tout module commence par `wasmir MAJOR.MINOR`, afin que le lecteur sache quelle version du format il lit (wasmir-spec/02-text-format.md §2.2, wasmir-spec/08-versioning.md).

    Exemple erroné :

        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : ajoutez la ligne d'en-tête comme premier élément : `wasmir 0.2`. Des commentaires peuvent la précéder.

e0101-explain =
    L'en-tête indique une version que cette version de l'outil ne lit pas.
    Un lecteur accepte un module de sa propre version majeure et d'une version mineure au plus égale à la sienne ; il ne devine jamais le sens d'une autre version (wasmir-spec/08-versioning.md). Le message indique les versions que cette version de l'outil lit.

    Exemple erroné :

        wasmir 1.0
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : écrivez une version que cet outil lit (`wasmir 0.2`), après avoir vérifié que le module n'utilise que ses fonctionnalités, ou utilisez une chaîne d'outils qui lit la version plus récente.

e0102-explain =
    La version de l'en-tête n'est pas de la forme `MAJOR.MINOR` (wasmir-spec/08-versioning.md).
    Les deux parties sont des nombres décimaux séparés par un seul point.

    Exemple erroné :

        wasmir 2
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : écrivez les deux nombres : `wasmir 0.2`.

e0103-explain =
    Un nom d'opérateur absent de la table des opérateurs.
    Les opérateurs sont ceux de wasmir-spec/04-instructions.md (résolution des noms : wasmir-spec/02-text-format.md §2.3) ; le nom d'un opérateur commence par son type, comme `i32.add` ou `ptr.add`. L'indication propose un nom proche quand il en existe un.

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.plus %x, %x
            return %y
    {"    }"}

    Correction : utilisez un opérateur de la table : `%y = i32.add %x, %x`.

e0104-explain =
    Une `%value` qu'aucun paramètre de bloc ni aucun résultat d'instruction de la fonction ne définit.
    Les valeurs sont locales à leur fonction et ne sont définies que comme paramètres de bloc ou comme résultats (wasmir-spec/02-text-format.md §2.3). Une définition peut venir plus loin dans le texte : savoir si elle domine l'utilisation relève de la règle du vérificateur (E0223).

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            return %y
    {"    }"}

    Correction : définissez la valeur, ou corrigez son orthographe : `return %x`.

e0105-explain =
    Un `^block` qui n'est pas un bloc de la fonction.
    Un branchement vise un bloc de sa propre fonction (wasmir-spec/02-text-format.md §2.3, wasmir-spec/05-control-flow.md).

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^exit
    {"    }"}

    Correction : définissez le bloc, ou corrigez l'étiquette :

        ^entry:
            br ^exit
        ^exit:
            return

e0106-explain =
    Une `@function` que le module ne définit ni n'importe.
    Les appels, les exports et `fn.index` désignent des fonctions du module ; les noms sont d'abord résolus sur tout le module, si bien qu'une fonction peut être définie après son utilisation (wasmir-spec/02-text-format.md §2.3).

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @g()
            return
    {"    }"}

    Correction : définissez `@g` (`fn @g() {"{"}...{"}"}`) ou importez-la : `import "env" "g" fn @g()`.

e0107-explain =
    Un nom de valeur défini deux fois dans une même fonction.
    Chaque paramètre de bloc et chaque résultat d'instruction a son propre nom, noms anonymes comme `%3` compris (wasmir-spec/02-text-format.md §2.3) : WasmIR est sous forme SSA, avec une seule définition par valeur.

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    Correction : donnez un nouveau nom à la nouvelle valeur : `%y = i32.add %x, %x` et `return %y`.

e0108-explain =
    Une étiquette de bloc définie deux fois dans une même fonction.
    Un branchement désigne sa cible par son étiquette, donc chaque étiquette désigne un seul bloc (wasmir-spec/02-text-format.md §2.3).

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^a
        ^a:
            br ^a
        ^a:
            return
    {"    }"}

    Correction : renommez l'un des blocs ainsi que les branchements qui le visent.

e0109-explain =
    Un nom de fonction défini deux fois dans le module.
    Les fonctions importées et définies partagent un même espace de noms, car les appels et les exports désignent une fonction par son nom (wasmir-spec/02-text-format.md §2.3, wasmir-spec/06-verifier.md §6.1.1).

    Exemple erroné :

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : renommez l'une des deux, par exemple l'import en `@env_f`.

e0110-explain =
    Un littéral qui ne tient pas dans son type.
    `iN.const` prend un entier de l'intervalle signé ou non signé sur N bits, `ptr` sur 32 bits ; les pages, tailles, alignements, décalages et addendes vont de 0 à 2^32-1 ; un flottant doit être fini dans son type, `inf` ou un `nan` avec une charge utile valide ; un cas de `switch` a le type de l'opérande (wasmir-spec/02-text-format.md §2.3, wasmir-spec/03-module-and-types.md §3.5).

    Exemple erroné :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 5000000000
            return %x
    {"    }"}

    Correction : utilisez un littéral dans l'intervalle, ou un type plus large (`i64.const 5000000000`).

e0111-explain =
    La ligne nomme plus ou moins de résultats que son instruction n'en a.
    Chaque instruction définit exactement autant de valeurs qu'elle a de résultats : un pour les constantes et la plupart des opérateurs, le nombre de résultats de l'appelé pour `call`, aucun pour les écritures en mémoire, `global.set`, `trapz`, `trapnz` et les instructions terminales (wasmir-spec/02-text-format.md §2.3).

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    Correction : écrivez un nom par résultat (`%a = i32.add %x, %x`), et pas de `=` pour une instruction sans résultat.

e0112-explain =
    Un littéral flottant là où un type entier est attendu.
    WasmIR n'a pas de conversions implicites (wasmir-spec/02-text-format.md §2.3) : `iN.const`, `ptr.const`, les globales entières et les cas de `switch` prennent des entiers.

    Exemple erroné :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1.5
            return %x
    {"    }"}

    Correction : écrivez un entier (`i32.const 1`), ou une constante flottante suivie d'une conversion comme `i32.trunc_f64_s`.

e0113-explain =
    Un `$name` qu'aucune mémoire, globale, table, signature ou donnée du module ne porte.
    Les entités sont déclarées au niveau du module et peuvent l'être après leur utilisation (wasmir-spec/02-text-format.md §2.3, wasmir-spec/12-memory-and-module-entities.md).

    Exemple erroné :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    Correction : déclarez l'entité, ici `global $count: i32 mut = 0`, ou corrigez le nom.

e0114-explain =
    Un `$name` déclaré deux fois dans le module.
    Les mémoires, globales, tables, signatures et données partagent un même espace de noms, car un immédiat désigne son entité par son seul nom (wasmir-spec/02-text-format.md §2.3, wasmir-spec/06-verifier.md §6.1.4).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    Correction : renommez l'une des deux, par exemple `global $heap_base: i32 = 0`.

e0115-explain =
    Un `$name` d'une autre sorte que celle qu'attend sa position, comme une globale là où va une mémoire.
    Le format d'un opérateur fixe la sorte et l'ordre de ses immédiats (wasmir-spec/02-text-format.md §2.2, wasmir-spec/04-instructions.md).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        global $g: i32 = 0
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$g] %p
            return %v
    {"    }"}

    Correction : désignez une entité de la bonne sorte : `i32.load[$heap] %p`.

e0116-explain =
    Les immédiats entre crochets ne correspondent pas au format de l'opérateur : manquants, inattendus, répétés ou inconnus.
    Chaque opérateur a un seul format : les lectures et écritures en mémoire prennent `[$mem, offset=N, align=A, notrap, aligned]`, `global.get` une globale, `slot.addr` un emplacement, `data.addr` `[$data, addend=N]`, `fn.index` `[$table, @f]` ; les autres opérateurs n'en prennent aucun (wasmir-spec/02-text-format.md §2.2). L'indication montre la forme de l'opérateur.

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load %p
            return %v
    {"    }"}

    Correction : écrivez les immédiats qu'exige le format : `i32.load[$heap] %p`.

e0117-explain =
    Un `#slot` que la fonction ne déclare pas.
    Les emplacements de pile sont locaux à leur fonction et sont déclarés avant son premier bloc (wasmir-spec/12-memory-and-module-entities.md §12.3.1).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Correction : déclarez l'emplacement au début du corps : `slot #buf: 8 align 4`.

e0118-explain =
    Un emplacement de pile déclaré deux fois dans une même fonction.
    `slot.addr` désigne un emplacement par son nom, donc chaque emplacement d'une fonction a son propre nom (wasmir-spec/12-memory-and-module-entities.md §12.3.1).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f() {"{"}
            slot #buf: 8
            slot #buf: 16
        ^entry:
            return
    {"    }"}

    Correction : renommez l'un des emplacements, ou supprimez la déclaration répétée.

e0119-explain =
    Une chaîne d'octets `x"..."` contenant un caractère qui n'est pas un chiffre hexadécimal, ou un nombre impair de chiffres.
    Les chaînes d'octets écrivent chaque octet avec deux chiffres hexadécimaux (wasmir-spec/02-text-format.md §2.1, wasmir-spec/12-memory-and-module-entities.md §12.5).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        data $d = x"abc"

    Correction : écrivez deux chiffres par octet : `x"0abc"` (ou `x"abc0"`, selon les octets voulus).

e0120-explain =
    Une globale définie sans valeur initiale, ou une globale importée qui en a une.
    Une globale définie commence avec la valeur écrite après `=` ; une globale importée reçoit sa valeur de l'hôte (wasmir-spec/12-memory-and-module-entities.md §12.4).

    Exemple erroné :

        wasmir 0.2
        global $count: i32 mut

    Correction : donnez une valeur à la globale définie (`global $count: i32 mut = 0`) ; retirez le `= ...` d'une globale importée.

e0121-explain =
    Une position d'instruction sans fichier, dans une fonction qui n'a pas de `loc`.
    `loc LINE:COL` désigne un endroit du fichier propre à la fonction, que nomme le `loc "file" LINE:COL` de la fonction (wasmir-spec/02-text-format.md §2.2).

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return loc 3:5
    {"    }"}

    Correction : nommez le fichier (`return loc "src/lib.rs" 3:5`), ou donnez une position à la fonction : `fn @f() loc "src/lib.rs" 1:1 {"{"}`.

e0200-explain =
    Une fonction définie n'a aucun bloc.
    Une fonction avec un corps commence son exécution à son premier bloc, le bloc d'entrée (wasmir-spec/06-verifier.md §6.2.1). Le texte ne peut pas enfreindre cette règle (l'analyseur syntaxique ou la résolution des noms rejette l'erreur avant), donc elle provient d'une IR construite en mémoire : une passe d'optimisation (wirc signale alors E0499) ou un producteur comme mir-export (E0513).

    Exemple erroné (IR construite en mémoire, puis affichée) :

        fn @f() {"{"}
    {"    }"}

    Correction : donnez à la fonction un bloc d'entrée qui finit par une instruction terminale, comme `^entry:` suivi de `return`. Si une passe l'a produite, signalez le bogue avec le fichier .wir d'entrée.

e0201-explain =
    Deux fonctions, importées ou définies, portent le même nom.
    Les appels et les exports désignent une fonction par son nom, donc un nom doit désigner une seule fonction (wasmir-spec/06-verifier.md §6.1.1). Dans le texte, la résolution des noms signale d'abord un `@name` répété comme E0109 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0109) :

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : renommez l'une des fonctions (un producteur doit générer des noms uniques).

e0202-explain =
    Deux exports ont la même chaîne de nom.
    L'hôte recherche les exports par leur nom, et un module wasm avec deux exports du même nom est invalide (wasmir-spec/06-verifier.md §6.1.2). Une même fonction peut être exportée sous plusieurs noms.

    Exemple erroné :

        wasmir 0.2
        export "run" fn @f
        export "run" fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Correction : supprimez l'export répété, ou donnez-lui un autre nom : `export "run2" fn @f`.

e0203-explain =
    Un export désigne une fonction, une mémoire, une globale ou une table qui n'existe pas.
    Un export rend une entité du module visible par l'hôte, donc l'entité doit exister ; réexporter un import est permis (wasmir-spec/06-verifier.md §6.1.3). Dans le texte, un nom inconnu est d'abord signalé comme E0106 ou E0113 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0106) :

        wasmir 0.2
        export "main" fn @main

    Correction : définissez ou importez l'entité exportée (`fn @main() {"{"}...{"}"}`), ou supprimez l'export.

e0204-explain =
    Les paramètres du bloc d'entrée diffèrent de la signature de la fonction.
    À l'entrée, les paramètres du bloc d'entrée contiennent les arguments de la fonction, ils ont donc exactement les types des paramètres de la signature, dans l'ordre (wasmir-spec/06-verifier.md §6.2.2).

    Exemple erroné :

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i32):
            trap
    {"    }"}

    Correction : déclarez un paramètre par paramètre de la signature, avec son type : `^entry(%x: i64):`.

e0205-explain =
    Un branchement vise le bloc d'entrée.
    Le bloc d'entrée n'a pas de prédécesseur : ses paramètres sont les arguments de la fonction, et le corps d'une fonction wasm ne peut pas revenir à son début par un saut (wasmir-spec/06-verifier.md §6.2.3).

    Exemple erroné :

        wasmir 0.2
        fn @spin() {"{"}
        ^entry:
            br ^entry
    {"    }"}

    Correction : faites commencer la boucle à un second bloc (wasmir-spec/05-control-flow.md §5.3) :

        ^entry:
            br ^loop
        ^loop:
            br ^loop

e0206-explain =
    Un bloc ne finit pas par une instruction terminale.
    La dernière instruction de chaque bloc est `br`, `br_if`, `switch`, `return` ou `trap` : le contrôle ne passe jamais implicitement au bloc suivant, ce qui permet aux passes de réordonner librement les blocs (wasmir-spec/06-verifier.md §6.3.1).

    Exemple erroné :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1
    {"    }"}

    Correction : terminez le bloc par une instruction terminale, ici `return %x`.

e0207-explain =
    Une instruction terminale est suivie d'autres instructions dans son bloc.
    Une instruction terminale termine son bloc ; les instructions qui la suivent ne pourraient jamais s'exécuter (wasmir-spec/06-verifier.md §6.3.2).

    Exemple erroné :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return
            trap
    {"    }"}

    Correction : supprimez les instructions inatteignables, ou déplacez-les dans un bloc à part qu'un branchement atteint.

e0208-explain =
    Un bloc apparaît plusieurs fois dans l'ordre des blocs de la fonction.
    L'ordre des blocs (layout) est la liste des blocs d'une fonction ; chaque bloc y a une seule place (wasmir-spec/06-verifier.md §6.3.3). Le texte ne peut pas enfreindre cette règle (l'analyseur syntaxique ou la résolution des noms rejette l'erreur avant), donc elle provient d'une IR construite en mémoire : une passe d'optimisation (wirc signale alors E0499) ou un producteur comme mir-export (E0513).

    Exemple erroné (IR construite en mémoire) : une passe ajoute de nouveau `^loop` à l'ordre des blocs au lieu de le déplacer, si bien que la fonction affichée listerait `^loop:` deux fois.

    Correction : un bloc est inséré une seule fois dans l'ordre des blocs ; retirez-le avant de l'insérer ailleurs. Signalez la passe ou le producteur qui a construit cette IR.

e0209-explain =
    Une instruction est listée plusieurs fois dans les blocs placés.
    Une instruction appartient à un seul bloc, à une seule position, là où ses résultats sont définis (wasmir-spec/06-verifier.md §6.3.4). Le texte ne peut pas enfreindre cette règle (l'analyseur syntaxique ou la résolution des noms rejette l'erreur avant), donc elle provient d'une IR construite en mémoire : une passe d'optimisation (wirc signale alors E0499) ou un producteur comme mir-export (E0513).

    Exemple erroné (IR construite en mémoire) : une passe copie `%x = i32.add %a, %b` dans un autre bloc sans la retirer du premier, si bien que la même instruction, avec le même résultat `%x`, se trouve dans les deux blocs.

    Correction : retirez l'instruction de son ancien bloc quand vous la déplacez, ou créez une nouvelle instruction avec de nouveaux résultats. Signalez la passe ou le producteur qui a construit cette IR.

e0210-explain =
    L'IR désigne un bloc, une instruction, une valeur ou une cible de branchement qui n'existe pas dans la fonction.
    Chaque bloc placé, ses paramètres, ses instructions, leurs résultats et chaque cible de branchement existent dans les arènes de la fonction (wasmir-spec/06-verifier.md §6.3.5). Le texte ne peut pas enfreindre cette règle (l'analyseur syntaxique ou la résolution des noms rejette l'erreur avant), donc elle provient d'une IR construite en mémoire : une passe d'optimisation (wirc signale alors E0499) ou un producteur comme mir-export (E0513).

    Exemple erroné (IR construite en mémoire) : un producteur place un indice de bloc pris dans une autre fonction, ou un indice d'instruction au-delà de la fin de l'arène.

    Correction : construisez les entités d'une fonction uniquement avec le builder de cette fonction. Signalez la passe ou le producteur qui a construit cette IR.

e0211-explain =
    Un branchement vise un bloc qui n'est pas dans l'ordre des blocs.
    Un bloc hors de l'ordre des blocs n'a ni code ni place dans la fonction émise (wasmir-spec/06-verifier.md §6.3.6). Le texte ne peut pas enfreindre cette règle (l'analyseur syntaxique ou la résolution des noms rejette l'erreur avant), donc elle provient d'une IR construite en mémoire : une passe d'optimisation (wirc signale alors E0499) ou un producteur comme mir-export (E0513).

    Exemple erroné (IR construite en mémoire) : une passe retire le bloc `^exit` de l'ordre des blocs mais laisse `br ^exit` dans un autre bloc.

    Correction : redirigez ou supprimez chaque branchement vers un bloc avant de retirer ce bloc. Signalez la passe ou le producteur qui a construit cette IR.

e0212-explain =
    Une instruction a un nombre incorrect d'opérandes.
    Chaque opérateur prend autant d'opérandes que l'indique sa ligne dans la table des opérateurs (wasmir-spec/04-instructions.md) ; un `call` autant que l'appelé a de paramètres, un `return` autant que la fonction a de résultats (wasmir-spec/06-verifier.md §6.4.1).

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.add %x
            return %y
    {"    }"}

    Correction : passez tous les opérandes : `%y = i32.add %x, %x`.

e0213-explain =
    Un opérande a un type incorrect.
    WasmIR n'a pas de conversions implicites : `i32` et `i64` sont des types différents, de même que les entiers et les flottants d'une même largeur. `br_if`, `trapz` et `trapnz` prennent une condition `i32` (wasmir-spec/06-verifier.md §6.4.2).

    Exemple erroné :

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i64):
            %one = i32.const 1
            %y = i64.add %x, %one
            return %y
    {"    }"}

    Correction : utilisez un opérande du bon type (`%one = i64.const 1`), ou convertissez-le d'abord (`i64.extend_i32_s`) ; pour une condition plus large, faites d'abord une comparaison (`i64.ne`).

e0214-explain =
    Une instruction a un nombre incorrect de résultats.
    Les constantes et les opérateurs ont un résultat, un `call` autant que l'appelé renvoie de valeurs, `trapz`, `trapnz` et les instructions terminales aucun (wasmir-spec/06-verifier.md §6.4.3). Dans le texte, le nombre de noms avant `=` est vérifié d'abord (E0111) ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0111) :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    Correction : donnez à l'instruction exactement ses résultats (`%a = i32.add %x, %x`).

e0215-explain =
    Un résultat a un type incorrect.
    L'instruction fixe les types de ses résultats ; le texte ne les écrit jamais, donc seule une IR construite en mémoire peut enfreindre cette règle : une passe qui remplace une instruction par une autre d'un autre type sans changer le type de ses résultats (wasmir-spec/06-verifier.md §6.4.4).

    Exemple erroné (IR construite en mémoire) : une passe réécrit `%y = i32.add %a, %b` en `%y = i64.add %c, %d` mais laisse `%y` de type `i32`.

    Correction : créez la nouvelle instruction avec de nouveaux résultats, ou changez le type des résultats en même temps. Signalez la passe ou le producteur qui a construit cette IR.

e0216-explain =
    Un `call` désigne une fonction qui n'existe pas.
    L'appelé est une fonction du module, définie ou importée (wasmir-spec/06-verifier.md §6.4.5). Dans le texte, un `@name` inconnu est d'abord signalé comme E0106 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0106) :

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @missing()
            return
    {"    }"}

    Correction : définissez ou importez l'appelé, ou appelez une fonction existante.

e0217-explain =
    Un branchement passe un nombre incorrect d'arguments à sa cible.
    Un branchement passe un argument par paramètre de son bloc cible : c'est ainsi que les valeurs entrent dans un bloc (wasmir-spec/05-control-flow.md §5.1, wasmir-spec/06-verifier.md §6.4.6).

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            br ^exit
        ^exit(%r: i32):
            return %r
    {"    }"}

    Correction : passez un argument par paramètre : `br ^exit(%x)`.

e0218-explain =
    Le type d'un argument de branchement diffère du type du paramètre de la cible.
    WasmIR n'a pas de conversions implicites (wasmir-spec/06-verifier.md §6.4.7).

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i64 {"{"}
        ^entry(%x: i32):
            br ^exit(%x)
        ^exit(%r: i64):
            return %r
    {"    }"}

    Correction : convertissez d'abord l'argument (`%w = i64.extend_i32_u %x` et `br ^exit(%w)`), ou changez le type du paramètre.

e0219-explain =
    L'opérande d'un `switch` n'est pas un entier.
    Un `switch` devient un indice de `br_table` wasm ou une chaîne de comparaisons, donc son opérande est un `i32` ou un `i64` (wasmir-spec/06-verifier.md §6.4.8).

    Exemple erroné :

        wasmir 0.2
        fn @f(f64) {"{"}
        ^entry(%x: f64):
            switch %x, ^d, [0: ^d]
        ^d:
            return
    {"    }"}

    Correction : convertissez d'abord l'opérande en entier, par exemple avec `i32.trunc_f64_s`, ou comparez les flottants avec `f64.eq` et `br_if`.

e0220-explain =
    Deux cas d'un même `switch` ont la même valeur.
    Sinon, la cible prise pour une valeur dépendrait de l'ordre des cas. Les cas sont comparés comme motifs de bits du type de l'opérande : dans un switch sur `i32`, `-1` et `4294967295` sont donc le même cas (wasmir-spec/06-verifier.md §6.4.9).

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [1: ^d, 1: ^d]
        ^d:
            return
    {"    }"}

    Correction : supprimez le cas répété, ou corrigez sa valeur.

e0221-explain =
    La valeur d'un cas de `switch` ne tient pas dans le type de l'opérande.
    Dans un switch sur `i32`, les cas sont des motifs de 32 bits ; un cas plus grand ne pourrait jamais correspondre (wasmir-spec/06-verifier.md §6.4.10). Dans le texte, les littéraux des cas sont lus avec le type de l'opérande, et un cas hors limites est d'abord signalé comme E0110 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0110) :

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [4294967296: ^d]
        ^d:
            return
    {"    }"}

    Correction : supprimez le cas, ou faites porter le switch sur un `i64`.

e0222-explain =
    Un opérande ou un argument de branchement n'est pas défini dans l'ordre des blocs de la fonction.
    Chaque utilisation porte sur une valeur définie dans un bloc placé de la même fonction ; une valeur d'un bloc que l'ordre des blocs ne liste plus est indéfinie (wasmir-spec/06-verifier.md §6.5.1). Dans le texte, un `%name` inconnu est d'abord signalé comme E0104 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (IR construite en mémoire) : une passe retire le bloc `^a`, qui définit `%x`, mais `^b` utilise encore `%x`.

    Correction : remplacez les utilisations d'une valeur avant de retirer sa définition. Signalez la passe ou le producteur qui a construit cette IR.

e0223-explain =
    Une valeur est utilisée là où sa définition ne s'est pas forcément exécutée.
    Une utilisation dans le bloc de définition vient après la définition ; une utilisation dans un autre bloc est dominée par le bloc de définition : tout chemin depuis l'entrée passe par lui (wasmir-spec/06-verifier.md §6.5.2). C'est ce qui rend une valeur disponible sans paramètre de bloc.

    Exemple erroné :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%c: i32):
            br_if %c, ^a, ^b
        ^a:
            %x = i32.const 1
            br ^b
        ^b:
            return %x
    {"    }"}

    Correction : passez la valeur en argument de bloc sur chaque chemin (`^b(%r: i32)`, `br ^b(%x)` et une valeur venant de `^entry`), ou définissez-la dans un bloc dominant.

e0224-explain =
    Une valeur est définie plusieurs fois.
    Une valeur est un seul paramètre de bloc ou un seul résultat d'instruction, pas deux (wasmir-spec/06-verifier.md §6.5.3). Dans le texte, un `%name` répété est d'abord signalé comme E0107 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0107) :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    Correction : donnez à chaque définition sa propre valeur.

e0225-explain =
    L'enregistrement de définition d'une valeur ne correspond pas à l'endroit où l'ordre des blocs la définit.
    Chaque valeur enregistre où elle est définie (paramètre k d'un bloc, ou résultat k d'une instruction) ; les passes lisent cet enregistrement pour trouver une définition sans recherche (wasmir-spec/06-verifier.md §6.5.4). Le texte ne peut pas enfreindre cette règle (l'analyseur syntaxique ou la résolution des noms rejette l'erreur avant), donc elle provient d'une IR construite en mémoire : une passe d'optimisation (wirc signale alors E0499) ou un producteur comme mir-export (E0513).

    Exemple erroné (IR construite en mémoire) : une passe déplace `%x` des résultats d'une instruction vers ceux d'une autre sans mettre à jour son enregistrement.

    Correction : modifiez la définition d'une valeur par l'API de l'IR, qui tient l'enregistrement à jour. Signalez la passe ou le producteur qui a construit cette IR.

e0226-explain =
    Le nom de module ou de champ d'un import, ou le nom d'un export, dépasse 100 000 octets.
    Les moteurs refusent les noms wasm de plus de 100 000 octets en UTF-8 (limites d'implémentation de l'API JS, V8, wasmparser), donc WasmIR les refuse en amont (wasmir-spec/06-verifier.md §6.7.1). Ce sont les octets qui comptent, pas les caractères.

    Exemple erroné (abrégé) :

        wasmir 0.2
        export "aaaa...a (100,001 bytes)" fn @f

    Correction : utilisez un nom plus court.

e0227-explain =
    Une signature a plus de 1 000 paramètres.
    Les moteurs refusent les fonctions de plus de 1 000 paramètres (wasmir-spec/06-verifier.md §6.7.2).

    Exemple erroné (abrégé) :

        wasmir 0.2
        import "env" "f" fn @f(i32, i32, ..., i32)   ; 1,001 parameters

    Correction : passez plutôt les arguments en mémoire (un pointeur vers une structure ou un tableau).

e0228-explain =
    Une signature a plus de 1 000 résultats.
    Les moteurs refusent les fonctions de plus de 1 000 résultats (wasmir-spec/06-verifier.md §6.7.3).

    Exemple erroné (abrégé) :

        wasmir 0.2
        fn @f() -> (i32, i32, ..., i32)   ; 1,001 results

    Correction : renvoyez les valeurs par la mémoire : prenez un pointeur vers un tampon de sortie.

e0229-explain =
    Le module a plus de 1 000 000 de fonctions, importées et définies confondues.
    Les moteurs refusent les modules qui en ont davantage (wasmir-spec/06-verifier.md §6.7.4). Le diagnostic est signalé une seule fois, à la 1 000 001e fonction.

    Exemple erroné : un module généré avec `fn @f0` ... `fn @f1000000`.

    Correction : découpez le programme en plusieurs modules, ou laissez `dead-funcs` (en -O1 et -O2) supprimer les fonctions que rien n'atteint.

e0230-explain =
    Le module a plus de 100 000 imports.
    Les moteurs refusent les modules qui en ont davantage (limite de V8, wasmir-spec/06-verifier.md §6.7.5). Le diagnostic est signalé une seule fois, au 100 001e import.

    Exemple erroné : un module généré avec `import "env" "f0" fn @f0()` ... `import "env" "f100000" fn @f100000()`.

    Correction : importez moins de fonctions, par exemple une seule qui aiguille selon un argument.

e0231-explain =
    Le module a plus de 100 000 exports.
    Les moteurs refusent les modules qui en ont davantage (limite de V8, wasmir-spec/06-verifier.md §6.7.6). Le diagnostic est signalé une seule fois, au 100 001e export.

    Exemple erroné : un module généré avec `export "f0" fn @f0` ... `export "f100000" fn @f100000`.

    Correction : exportez moins de fonctions, par exemple une seule qui aiguille selon un argument, ou découpez le module.

e0232-explain =
    Un opérateur qui porte des immédiats est écrit sans eux.
    Les lectures et écritures en mémoire, `memory.*`, `global.get`/`global.set`, `slot.addr`, `data.addr` et `fn.index` désignent leurs entités dans des immédiats (wasmir-spec/06-verifier.md §6.8.1). Dans le texte, les crochets manquants sont d'abord signalés comme E0116 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0116) :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get
            return %v
    {"    }"}

    Correction : donnez à l'instruction les immédiats de son format : `global.get[$g]`.

e0233-explain =
    Les immédiats d'une instruction ne sont pas ceux du format de son opérateur.
    Une lecture en mémoire prend un argument mémoire, `global.get` une globale, `slot.addr` un emplacement, et ainsi de suite ; sans les bons immédiats, l'instruction n'a pas de types à vérifier (wasmir-spec/06-verifier.md §6.8.1). Dans le texte, l'erreur est d'abord signalée comme E0116 ou E0115 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (IR construite en mémoire) : un `global.get` construit avec les immédiats d'une lecture en mémoire, un argument mémoire au lieu d'une globale.

    Correction : construisez chaque instruction avec les immédiats du format de son opérateur. Signalez la passe ou le producteur qui a construit cette IR.

e0234-explain =
    Un immédiat désigne une mémoire qui n'existe pas.
    L'argument mémoire d'une lecture ou d'une écriture, et la mémoire de `memory.size`, `memory.grow`, `memory.copy` et `memory.fill`, est une mémoire du module (wasmir-spec/06-verifier.md §6.8.2). Dans le texte, un `$name` inconnu est d'abord signalé comme E0113 ; ce code concerne l'IR construite en mémoire, comme un accès qui désigne la mémoire 1 dans un module qui n'a qu'une mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0113) :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %n = memory.size[$heap]
            return %n
    {"    }"}

    Correction : déclarez la mémoire (`memory $heap 1`) ou nommez la mémoire du module.

e0235-explain =
    `global.get` ou `global.set` désigne une globale qui n'existe pas.
    La globale donne son type à l'instruction, elle doit donc exister (wasmir-spec/06-verifier.md §6.8.2). Dans le texte, un `$name` inconnu est d'abord signalé comme E0113 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0113) :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    Correction : déclarez la globale (`global $count: i32 mut = 0`) ou nommez-en une qui existe.

e0236-explain =
    `slot.addr` désigne un emplacement que sa fonction ne déclare pas.
    Les emplacements sont locaux à leur fonction : un emplacement d'une autre fonction n'est pas dans le cadre de pile de celle-ci (wasmir-spec/06-verifier.md §6.8.2, wasmir-spec/12-memory-and-module-entities.md §12.3.1). Dans le texte, un `#slot` inconnu est d'abord signalé comme E0117 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0117) :

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Correction : déclarez l'emplacement dans cette fonction : `slot #buf: 8`.

e0237-explain =
    `data.addr`, comme instruction ou comme partie d'une donnée, désigne une donnée qui n'existe pas (wasmir-spec/06-verifier.md §6.8.2).
    Dans le texte, un `$name` inconnu est d'abord signalé comme E0113 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0113) :

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = data.addr[$msg]
            return %p
    {"    }"}

    Correction : déclarez la donnée (`data $msg = "hello"`) ou nommez-en une qui existe.

e0238-explain =
    `fn.index` ou `call_indirect`, ou une partie d'une donnée, désigne une table qui n'existe pas (wasmir-spec/06-verifier.md §6.8.2).
    Dans le texte, un `$name` inconnu est d'abord signalé comme E0113 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0113) :

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @f]
            return %i
    {"    }"}

    Correction : déclarez la table (`table $fns: funcref`) ou nommez-en une qui existe.

e0239-explain =
    `call_indirect` désigne une signature qui n'existe pas.
    La signature donne à l'appel les types de ses arguments et de ses résultats, et elle est comparée à celle de l'appelé à l'exécution (wasmir-spec/06-verifier.md §6.8.2, wasmir-spec/12-memory-and-module-entities.md §12.6). Dans le texte, un `$name` inconnu est d'abord signalé comme E0113 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0113) :

        wasmir 0.2
        table $fns: funcref
        fn @f(i32) {"{"}
        ^entry(%i: i32):
            call_indirect[$fns, $sig] %i()
            return
    {"    }"}

    Correction : déclarez la signature (`type $sig = fn()`) ou nommez-en une qui existe.

e0240-explain =
    `fn.index`, comme instruction ou comme partie d'une donnée, désigne une fonction qui n'existe pas (wasmir-spec/06-verifier.md §6.8.2).
    Dans le texte, un `@name` inconnu est d'abord signalé comme E0106 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0106) :

        wasmir 0.2
        table $fns: funcref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @g]
            return %i
    {"    }"}

    Correction : définissez ou importez la fonction, ou nommez-en une qui existe.

e0241-explain =
    L'`align` d'une lecture ou d'une écriture en mémoire n'est pas une puissance de deux au plus égale au nombre d'octets accédés.
    wasm exige que son indication d'alignement soit une puissance de deux au plus égale à la largeur de l'accès : 1 pour `i32.load8_u`, 8 pour `i64.load` (wasmir-spec/06-verifier.md §6.8.3).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$heap, align=8] %p
            return %v
    {"    }"}

    Correction : utilisez un alignement au plus égal à la largeur (`align=4`), ou omettez-le (la valeur par défaut est la largeur).

e0242-explain =
    `global.set` écrit une globale déclarée sans `mut`.
    Une globale immuable garde sa valeur initiale, comme en wasm (wasmir-spec/06-verifier.md §6.8.4).

    Exemple erroné :

        wasmir 0.2
        global $step: i32 = 3
        fn @f() {"{"}
        ^entry:
            %x = i32.const 1
            global.set[$step] %x
            return
    {"    }"}

    Correction : déclarez la globale mutable (`global $step: i32 mut = 3`), ou ne l'écrivez pas.

e0243-explain =
    Le module utilise la mémoire mais n'en déclare aucune.
    Les lectures et écritures en mémoire, les opérateurs `memory.*`, les emplacements de pile (ils résident dans la pile fantôme) et les données ont tous besoin de la mémoire du module (wasmir-spec/06-verifier.md §6.8.5).

    Exemple erroné :

        wasmir 0.2
        data $msg = "hello"

    Correction : déclarez une mémoire, `memory $heap 1`, ou importez-en une : `import "env" "memory" memory $heap 1`.

e0244-explain =
    Le module déclare plus d'une mémoire.
    WasmIR 0.2 permet une seule mémoire, importée ou définie ; les mémoires multiples sont reportées, bien que chaque accès nomme déjà sa mémoire (wasmir-spec/06-verifier.md §6.9.1).

    Exemple erroné :

        wasmir 0.2
        memory $a 1
        memory $b 1

    Correction : gardez une seule mémoire et placez-y toutes les données.

e0245-explain =
    Les limites d'une mémoire ne vérifient pas `min <= max <= 65536` pages.
    Une page fait 64 Kio, et 65 536 pages font les 4 Gio qu'atteignent les adresses `i32` (wasmir-spec/06-verifier.md §6.9.2).

    Exemple erroné :

        wasmir 0.2
        memory $heap 2 max 1

    Correction : rendez le minimum au plus égal au maximum (`memory $heap 1 max 2`), tous deux au plus égaux à 65536.

e0246-explain =
    La valeur initiale d'une globale n'a pas le type de la globale.
    La valeur initiale est la valeur de la globale avant toute écriture, elle a donc le type de la globale (wasmir-spec/06-verifier.md §6.9.3). Le texte lit le littéral avec le type de la globale, donc seule une IR construite en mémoire peut enfreindre cette règle.

    Exemple erroné (IR construite en mémoire) : `global $g: i64 = 0` dont la constante initiale a été construite comme un `i32.const 0`.

    Correction : construisez la constante initiale avec le type de la globale. Signalez le producteur qui a construit cette IR.

e0247-explain =
    Une globale importée a une valeur initiale.
    L'hôte fournit la valeur d'une globale importée quand il instancie le module (wasmir-spec/06-verifier.md §6.9.4). Dans le texte, c'est d'abord signalé comme E0120 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0120) :

        wasmir 0.2
        import "env" "g" global $g: i32 = 0

    Correction : retirez la valeur initiale : `import "env" "g" global $g: i32`.

e0248-explain =
    Une globale définie n'a pas de valeur initiale.
    La valeur d'une globale avant toute écriture est sa valeur initiale (wasmir-spec/06-verifier.md §6.9.4). Dans le texte, c'est d'abord signalé comme E0120 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0120) :

        wasmir 0.2
        global $count: i32 mut

    Correction : donnez une valeur initiale à la globale : `global $count: i32 mut = 0`.

e0249-explain =
    L'alignement d'une donnée n'est pas une puissance de deux au plus égale à 65 536.
    Les données sont placées en mémoire à une adresse multiple de leur alignement (wasmir-spec/06-verifier.md §6.9.5, wasmir-spec/12-memory-and-module-entities.md §12.5).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        data $d align 3 = "abc"

    Correction : utilisez une puissance de deux : `data $d align 4 = "abc"`.

e0250-explain =
    L'alignement d'un emplacement de pile n'est pas une puissance de deux au plus égale à 65 536.
    Les emplacements sont placés dans le cadre de la fonction sur la pile fantôme, à un multiple de leur alignement (wasmir-spec/06-verifier.md §6.9.6, wasmir-spec/12-memory-and-module-entities.md §12.3).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 8 align 3
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Correction : utilisez une puissance de deux : `slot #buf: 8 align 4`.

e0251-explain =
    Un emplacement de pile dépasse 2^31 octets.
    Tout décalage dans un cadre de pile tient dans un `i32` (wasmir-spec/06-verifier.md §6.9.6).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 2147483649
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Correction : gardez les grands tampons dans une donnée ou dans de la mémoire obtenue avec `memory.grow`, pas sur la pile.

e0252-explain =
    Une donnée dépasse 2^32 - 1 octets.
    Une donnée tient dans une mémoire 32 bits, avec son adresse et sa taille en `i32` (wasmir-spec/06-verifier.md §6.9.5).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        data $big = [zero 4294967295, zero 1]

    Correction : réduisez la donnée ; de grands tampons remplis de zéros peuvent être obtenus à l'exécution avec `memory.grow`.

e0253-explain =
    L'`addend` d'une adresse de donnée pointe au-delà de la fin de sa donnée.
    Un `data.addr`, comme instruction ou comme partie d'une donnée, peut pointer dans sa donnée ou juste après sa fin, comme pour tout objet Rust, mais pas plus loin (wasmir-spec/06-verifier.md §6.9.7).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1
        data $msg = "abc"
        data $p align 4 = [data.addr[$msg, addend=4]]

    Correction : utilisez un addende au plus égal à la taille de la donnée (ici 3).

e0254-explain =
    Deux entités `$` du niveau module portent le même nom.
    Les mémoires, globales, tables, signatures et données partagent un même espace de noms, car un immédiat désigne son entité par son seul nom (wasmir-spec/06-verifier.md §6.1.4). Dans le texte, un `$name` répété est d'abord signalé comme E0114 ; ce code concerne l'IR construite en mémoire.

    Exemple erroné (sous forme de texte, signalé comme E0114) :

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    Correction : renommez l'une des entités.

e0255-explain =
    Une globale est de type `i128`.
    Les globales wasm contiennent au plus 64 bits ; `legalize-i128` découpe les valeurs `i128` en deux `i64`, mais pas les globales, que l'hôte voit comme une seule globale wasm (wasmir-spec/06-verifier.md §6.9.8, wasmir-spec/03-module-and-types.md §3.4.1).

    Exemple erroné :

        wasmir 0.2
        global $total: i128 mut = 0

    Correction : gardez une valeur de 128 bits en mémoire (une donnée de 16 octets, lue avec deux `i64.load`), comme le fait rustc pour un static de 128 bits.

e0256-explain =
    Une valeur est utilisée après avoir été déplacée.
    Une utilisation qui consomme met fin à une valeur `own` ou `linear` : un appel qui la prend en `own` ou en `linear`, un argument de branchement passé à un paramètre de bloc qui en prend possession, `return` ou `drop`. Sur ce chemin la valeur n'existe plus, et toute utilisation ultérieure, même une lecture de ses bits ou un emprunt, est une erreur ; il en va de même d'une utilisation qu'un déplacement atteint sur certains seulement des chemins qui y mènent (wasmir-spec/06-verifier.md §6.10). Comme dans la SSA avec possession de Swift SIL, la nature est une propriété de la valeur, et chaque position indique si elle la consomme.

    Exemple erroné :

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            call @eat(%h)
            call @look(%h)
            return
    {"    }"}

    Correction : utilisez la valeur avant le déplacement (`call @look(%h)`, puis `call @eat(%h)`), ou faites rendre une nouvelle valeur par la fonction qui consomme et utilisez celle-ci.

e0257-explain =
    Une valeur `own` ou `linear` est consommée deux fois.
    Une obligation est acquittée au plus une fois sur chaque chemin : après une utilisation qui consomme (un appel qui prend `own` ou `linear`, un argument de branchement passé à un paramètre qui en prend possession, `return`, `drop`), la valeur n'existe plus, et une seconde consommation sur le même chemin est une erreur. Dans une boucle, la consommation d'une valeur définie avant la boucle se répète à l'itération suivante (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        import "env" "keep" fn @keep(own i32)
        fn @f(own i32, i32) {"{"}
        ^entry(%o: own i32, %n: i32):
            br ^head(%n)
        ^head(%i: i32):
            br_if %i, ^body, ^exit
        ^body:
            call @keep(%o)
            %one = i32.const 1
            %i1 = i32.sub %i, %one
            br ^head(%i1)
        ^exit:
            return
    {"    }"}

    Correction : consommez la valeur une seule fois, par exemple après la boucle dans `^exit` ; pour consommer une valeur par itération, faites-la entrer dans la boucle comme paramètre de bloc de `^head` et passez une nouvelle valeur (renvoyée par un appel, par exemple) sur l'arc de retour.

e0258-explain =
    Une valeur `linear` n'est jamais consommée.
    Une valeur `linear` est consommée exactement une fois sur chaque chemin qui retourne normalement : passée à une fonction ou à un paramètre de bloc qui la prend, renvoyée, ou terminée par `drop`. WasmIR n'abandonne jamais une valeur implicitement ; une valeur linéaire qui n'a aucune utilisation qui la consomme est signalée à sa définition (wasmir-spec/06-verifier.md §6.10). Une valeur `own`, au contraire, est affine : consommée au plus une fois, elle peut rester non consommée. Un chemin qui finit par `trap` ne doit rien.

    Exemple erroné :

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            return
    {"    }"}

    Correction : consommez la valeur : passez-la à une fonction qui la prend (`call @eat(%h)`, avec `import "env" "eat" fn @eat(linear i32)`), renvoyez-la, ou terminez-la par `drop %h` après avoir appelé son destructeur. S'il est correct de ne pas la consommer, déclarez-la plutôt `own`.

e0259-explain =
    Une valeur `linear` n'est pas consommée sur un chemin qui retourne.
    La règle linéaire vaut sur chaque chemin qui retourne normalement : un `return` atteint alors que la valeur est encore vivante laisse fuir son obligation, même si d'autres chemins la consomment. Un chemin qui finit par `trap` en est dispensé, car un `trap` interrompt tout l'appel et acquitte toutes les obligations (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(linear i32, i32) {"{"}
        ^entry(%h: linear i32, %c: i32):
            br_if %c, ^a, ^b
        ^a:
            call @eat(%h)
            return
        ^b:
            return
    {"    }"}

    Correction : consommez aussi la valeur sur ce chemin (`drop %h` ou un appel qui la prend, avant le `return` de `^b`), ou terminez ce chemin par `trap` s'il ne doit pas retourner.

e0260-explain =
    Une valeur `linear` ou un emprunt est consommé sur certains chemins menant à un bloc et pas sur d'autres.
    Là où des chemins se rejoignent, le vérificateur doit savoir si la valeur est encore vivante. Pour une valeur `own`, un déplacement possible interdit seulement les utilisations ultérieures, mais une valeur `linear` ou un emprunt est consommé soit sur tous les chemins qui entrent dans le bloc, soit sur aucun (wasmir-spec/06-verifier.md §6.10). Comme dans la SSA avec possession de Swift SIL, une obligation qui diffère d'un chemin à l'autre ne traverse une jonction que comme argument de bloc.

    Exemple erroné :

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(linear i32, i32) {"{"}
        ^entry(%h: linear i32, %c: i32):
            br_if %c, ^a, ^j
        ^a:
            call @eat(%h)
            br ^j
        ^j:
            return
    {"    }"}

    Correction : consommez aussi la valeur sur l'autre chemin (`br_if %c, ^a, ^b` avec un bloc `^b` qui fait `drop %h` et `br ^j`), ou consommez-la une seule fois après la jonction, dans `^j`, au lieu de `^a`.

e0261-explain =
    La nature de possession d'une valeur ne correspond pas à la position qui l'utilise.
    Les natures correspondent exactement aux positions qui consomment : un paramètre, un paramètre de bloc ou un résultat déclaré `own` prend une valeur `own`, un autre déclaré `linear` une valeur `linear`. Une valeur triviale (une constante, le résultat d'un calcul) ne devient une obligation que par une création explicite, `%v = own %x` ou `%v = linear %x`, dont l'opérande est trivial. De même, `drop` prend une valeur `own` ou `linear`, `end_borrow` un emprunt ouvert dans la même fonction, et un emprunt ne va jamais là où un propriétaire est attendu (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            call @eat(%x)
            return
    {"    }"}

    Correction : créez l'obligation explicitement et passez la nouvelle valeur : `%l = linear %x`, puis `call @eat(%l)`.

e0262-explain =
    Une valeur est déplacée alors qu'elle est empruntée.
    `%b = borrow %h` et `%b = borrow mut %h` ouvrent une portée d'emprunt, que `end_borrow %b` ferme. Tant que l'emprunt est vivant, son propriétaire `%h` ne peut pas être consommé (passé à une position `own` ou `linear`, en argument de branchement ou par `return`) : l'emprunt désignerait une valeur qui n'existe plus (wasmir-spec/06-verifier.md §6.10). Rust signale la même erreur sous le code E0505.

    Exemple erroné :

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            call @look(%b)
            call @eat(%h)
            end_borrow %b
            return
    {"    }"}

    Correction : terminez l'emprunt avant le déplacement : `end_borrow %b`, puis `call @eat(%h)`.

e0263-explain =
    Un emprunt est encore vivant quand son propriétaire est terminé.
    Tout emprunt d'une valeur se termine avant la valeur elle-même : un `drop` du propriétaire, ou un `end_borrow` d'un propriétaire qui est lui-même un emprunt, pendant qu'un emprunt de celui-ci est vivant laisserait cet emprunt ne désigner plus rien. Les portées d'emprunt sont donc correctement imbriquées sur chaque chemin (wasmir-spec/06-verifier.md §6.10). Rust signale la même erreur sous le code E0597.

    Exemple erroné :

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            drop %h
            end_borrow %b
            return
    {"    }"}

    Correction : terminez d'abord l'emprunt : `end_borrow %b`, puis `drop %h`.

e0264-explain =
    Un propriétaire est utilisé d'une façon qui entre en conflit avec un emprunt vivant de celui-ci.
    Un emprunt exclusif (`borrow mut`) exclut tout autre accès à son propriétaire jusqu'à son `end_borrow` : lire le propriétaire, le passer à un paramètre `borrow` ou l'emprunter de nouveau sont autant d'erreurs. Un emprunt partagé (`borrow`) permet les lectures et d'autres emprunts partagés, mais aucun emprunt exclusif du même propriétaire (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        import "env" "look" fn @look(borrow i32)
        import "env" "poke" fn @poke(borrow mut i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %m = borrow mut %h
            call @look(%h)
            call @poke(%m)
            end_borrow %m
            drop %h
            return
    {"    }"}

    Correction : terminez l'emprunt exclusif avant l'autre accès (placez `call @look(%h)` après `end_borrow %m`, ou avant `%m = borrow mut %h`), ou faites l'accès par l'emprunt lui-même.

e0265-explain =
    Un emprunt n'est pas terminé sur un chemin qui retourne.
    Un emprunt ouvert dans le corps d'une fonction est vérifié comme une valeur `linear` dont la seule utilisation qui consomme est `end_borrow` : sa portée est fermée sur chaque chemin qui retourne normalement, même quand le propriétaire est `own` et peut lui-même rester non consommé. Un paramètre emprunté fait exception (sa portée est l'appel entier), et un chemin qui finit par `trap` en est dispensé (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        fn @f(own i32, i32) {"{"}
        ^entry(%o: own i32, %c: i32):
            %r = borrow %o
            br_if %c, ^a, ^b
        ^a:
            end_borrow %r
            return
        ^b:
            return
    {"    }"}

    Correction : fermez aussi la portée sur ce chemin (`end_borrow %r` avant le `return` de `^b`), ou fermez-la une seule fois dans `^entry`, avant le `br_if`, si aucune des branches n'utilise l'emprunt.

e0266-explain =
    Une valeur `linear` est écrite en mémoire ou dans une globale.
    Les obligations ne vivent que là où le vérificateur peut les suivre : dans des valeurs SSA et des tables propriétaires. La mémoire et les globales ne contiennent que des bits, et n'importe quel pointeur peut désigner la même mémoire, donc une valeur `linear` (ou un emprunt d'une telle valeur) ne peut pas être la valeur écrite par un store ou par `global.set`. Une valeur `own` peut être stockée : cela ne fait que lire ses bits, et la valeur SSA reste possédée (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        memory $mem 1
        fn @f(linear i32, ptr) {"{"}
        ^entry(%h: linear i32, %p: ptr):
            i32.store[$mem] %p, %h
            drop %h
            return
    {"    }"}

    Correction : gardez la valeur sous forme SSA (transmettez-la comme argument de bloc, ou à une fonction qui la prend), et ne stockez que des valeurs triviales en mémoire et dans les globales.

e0267-explain =
    Un qualificatif de possession est écrit là où il n'est pas permis.
    `own` et `linear` qualifient les paramètres de fonction, les résultats de fonction et les paramètres de bloc. Un emprunt (`borrow`, `borrow mut`) vit à l'intérieur d'un seul corps de fonction et ne traverse jamais un branchement ni un retour : il ne qualifie donc que les paramètres de fonction (et ceux du bloc d'entrée, qui les répètent), ni les résultats, ni les paramètres des autres blocs (wasmir-spec/06-verifier.md §6.10).

    Exemple erroné :

        wasmir 0.3
        fn @f(borrow i32) -> borrow i32 {"{"}
        ^entry(%b: borrow i32):
            return %b
    {"    }"}

    Correction : renvoyez plutôt un propriétaire (`-> own i32` ou `-> linear i32`, avec une valeur de cette nature), ou un `i32` trivial si l'appelant n'a besoin que des bits. Pour un paramètre de bloc, passez le propriétaire au bloc et empruntez-le de nouveau dans celui-ci.

e0268-explain =
    Le type d'élément d'une table n'est pas un type référence.
    Une table contient des références, pas des nombres : `funcref` pour les fonctions qu'appelle `call_indirect` et que numérote `fn.index`, `externref` pour les valeurs que transmet l'hôte (wasmir-spec/06-verifier.md §6.9, wasmir-spec/12-memory-and-module-entities.md §12.6).

    Exemple erroné :

        wasmir 0.3
        table $t: i32

    Correction : déclarez `table $t: funcref` ou `table $t: externref`. Pour garder des nombres, utilisez la mémoire (une donnée).

e0269-explain =
    Un type référence est utilisé là où WasmIR 0.3 n'en permet pas : comme type d'une globale, dans une donnée ou comme constante.
    Les références sont opaques : elles vivent dans des valeurs SSA (paramètres de bloc, arguments et résultats d'appel) et dans des tables, jamais en mémoire linéaire, et n'ont pas de littéraux (wasmir-spec/03-module-and-types.md §3.4.2, wasmir-spec/06-verifier.md §6.9). Les globales de référence viendront dans une version ultérieure.

    Exemple erroné :

        wasmir 0.3
        global $g: externref mut = 0

    Correction : gardez la référence dans une table (`table.set[$t] %i, %r`, relue par `table.get`) et créez une référence nulle avec `externref.null` ou `funcref.null`.

e0270-explain =
    `call_indirect` ou `fn.index` nomme une table dont les éléments ne sont pas `funcref`.
    Seule une table `funcref` contient des fonctions : `fn.index` y place une fonction et `call_indirect` appelle ce qu'elle contient (wasmir-spec/12-memory-and-module-entities.md §12.6).

    Exemple erroné :

        wasmir 0.3
        table $t: externref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$t, @f]
            return %i
    {"    }"}

    Correction : déclarez une table `funcref` (`table $fns: funcref`) et nommez-la dans `fn.index` et `call_indirect`.

e0301-explain =
    Flot de contrôle irréductible : une boucle dans laquelle on entre par plus d'un bloc.
    wasm n'a que des boucles structurées, dans lesquelles on entre par leur en-tête ; un branchement arrière vers un bloc qui ne domine pas sa source n'a pas de forme wasm sans duplication de code (wasmir-spec/07-lowering.md §7.3). Le vérificateur accepte une telle IR ; l'émetteur ne peut pas la traduire.

    Exemple erroné (`wirc build -O0` ; l'optimiseur peut supprimer une boucle aussi petite) :

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%n: i32):
            br_if %n, ^a, ^b
        ^a:
            br_if %n, ^b, ^out
        ^b:
            br ^a
        ^out:
            return %n
    {"    }"}

    Correction : donnez à la boucle un unique bloc d'entrée qui la domine, par exemple un nouvel en-tête vers lequel branche chaque entrée et qui aiguille avec `switch`.

e0302-explain =
    Un opérateur pour lequel cet émetteur n'a pas de traduction (lowering).
    L'IR est plus récente que l'émetteur : une version mineure peut ajouter des opérateurs (wasmir-spec/08-versioning.md, wasmir-spec/07-lowering.md §7.4). L'analyseur et l'émetteur de wirc sont toujours d'accord, donc ce code provient d'une bibliothèque d'IR plus récente liée à un wasmir-emit plus ancien.

    Exemple erroné : un module construit avec un wasmir-syntax plus récent, qui utilise un opérateur ajouté après la publication de cet émetteur, passé à cette version de `wasmir_emit`.

    Correction : mettez wasmir-emit à la version de l'IR, ou réécrivez l'opérateur avec des opérateurs plus anciens.

e0303-explain =
    Le module enfreint un invariant que garantit le vérificateur, et l'émetteur ne peut pas le traduire.
    L'émetteur n'accepte que des modules valides (wasmir-spec/07-lowering.md ; chapitre 6 pour la validité) ; il signale ce code au lieu de paniquer. Avec `invalid-ir`, le module n'a pas été vérifié : `wirc check` explique le code du vérificateur indiqué dans le message. Sinon, le vérificateur a accepté un module qu'il aurait dû refuser : c'est un bogue.

    Exemple erroné : un programme qui construit une IR en mémoire (sans bloc, ou avec un bloc sans instruction terminale) et appelle l'émetteur sans vérification.

    Correction : vérifiez le module avant de l'émettre et corrigez les erreurs du vérificateur ; si `wirc check` accepte le fichier .wir, merci de signaler le bogue avec ce fichier (`-O0` évite les passes d'optimisation).

e0304-explain =
    Une fonction a besoin de plus de 50 000 variables locales, ses paramètres compris.
    Les moteurs refusent de telles fonctions (limites d'implémentation de l'API JS ; wasmir-spec/07-lowering.md §7.8, wasmir-spec/06-verifier.md §6.7). Des valeurs partagent une variable locale quand leurs durées de vie ne se chevauchent pas : le compte est donc celui des valeurs vivantes en même temps, plus les variables locales temporaires.

    Exemple erroné : une fonction générée qui calcule d'abord 60 000 valeurs et les utilise toutes à la fin :

        %v0 = i32.const 0
        ; %v1 to %v59998 likewise
        %v59999 = i32.const 59999

    Correction : découpez la fonction, ou gardez moins de valeurs vivantes en même temps.

e0305-explain =
    Le code d'une fonction dépasse 7 654 321 octets.
    Les moteurs refusent un corps de fonction au-delà de cette taille, déclarations de variables locales comprises (wasmir-spec/07-lowering.md §7.8).

    Exemple erroné : une fonction générée avec des millions d'instructions en code linéaire, comme une boucle entièrement déroulée.

    Correction : découpez la fonction en plusieurs fonctions plus petites, ou gardez la boucle au lieu de la dérouler.

e0306-explain =
    Un `switch` nécessiterait un `br_table` de plus de 65 520 entrées.
    V8 accepte au plus 65 520 entrées de `br_table` (wasmir-spec/07-lowering.md §7.6, §7.8). La traduction de `switch` prend la forme creuse pour de telles plages, donc ce code est la dernière ligne de défense de l'émetteur et ne devrait pas venir d'un `switch`.

    Exemple erroné : une future traduction qui écrirait un `br_table` dense pour des cas répartis sur 100 000 valeurs.

    Correction : découpez le switch en switchs sur des plages plus petites (branchez d'abord selon que la valeur est inférieure au cas du milieu) ; si le message vient d'un simple `wirc build`, merci de le signaler.

e0307-explain =
    Le module entier dépasse 1 Gio.
    Les moteurs refusent un module de plus de 1 073 741 824 octets (wasmir-spec/07-lowering.md §7.8).

    Exemple erroné : un module avec plusieurs Gio de code ou de données, comme `data $big = [zero 1200000000]` avec une mémoire à l'avenant.

    Correction : découpez le programme en plusieurs modules, et créez les grands tampons remplis de zéros à l'exécution (`memory.grow`) au lieu de les écrire dans le module.

e0308-explain =
    La mémoire est trop petite pour la pile fantôme et les données.
    Au démarrage du module, la pile fantôme (1 Mio par défaut, quand une fonction a des emplacements de pile) et toutes les données sont placées dans la mémoire, qui doit autoriser assez de pages (wasmir-spec/12-memory-and-module-entities.md §12.3.3, §12.5).

    Exemple erroné :

        wasmir 0.2
        memory $heap 1 max 1
        export "f" fn @f
        fn @f() -> ptr {"{"}
            slot #buf: 8
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Correction : augmentez le `max` de la mémoire (ou supprimez-le), réduisez les données, ou choisissez une taille de pile plus petite.

e0309-explain =
    Le module contient encore des valeurs `i128` quand il arrive à l'émetteur.
    wasm n'a pas d'entiers de 128 bits : la passe `legalize-i128` découpe chaque `i128` en deux `i64` avant l'émission (wasmir-spec/03-module-and-types.md §3.4.1, wasmir-spec/11-optimizations.md §11.2). wirc la lance à chaque niveau `-O`, donc ce code provient de programmes qui appellent directement l'émetteur.

    Exemple erroné : un programme qui analyse un module utilisant `i128.add` et appelle `wasmir_emit` sans lancer l'optimiseur.

    Correction : lancez `wasmir_opt::legalize_i128::run` sur le module avant de l'émettre.

e0310-explain =
    Le module porte encore de la possession quand il arrive à l'émetteur.
    wasm n'a pas de possession : la passe `strip-ownership` efface les natures, les créations d'obligations, les emprunts, `end_borrow` et `drop` avant l'émission, pour qu'aucune passe d'optimisation ni aucun backend ne les voie (wasmir-spec/11-optimizations.md §11.2). wirc la lance en premier, à chaque niveau `-O`, donc ce code provient de programmes qui appellent directement l'émetteur.

    Exemple erroné : un programme qui analyse un module utilisant `drop` et appelle `wasmir_emit` sans lancer l'optimiseur.

    Correction : lancez `wasmir_opt::strip_ownership::run` sur le module avant de l'émettre.

e0401-explain =
    Un fichier d'entrée ne peut pas être lu. Le message donne l'erreur du système d'exploitation.

    Exemple erroné :

        wirc build missing.wir

    Correction : vérifiez que le fichier existe, que le chemin est correct et que le fichier est lisible.

e0402-explain =
    Une entrée `.wir` n'est pas du texte UTF-8.
    Le format texte est en UTF-8 (wasmir-spec/02-text-format.md §2.1). Seul `wirc run` accepte un binaire wasm.

    Exemple erroné :

        wirc check module.wasm

    Correction : passez le fichier `.wir`, convertissez le fichier en UTF-8, ou exécutez le binaire avec `wirc run module.wasm --invoke f`.

e0403-explain =
    Une sortie ne peut pas être écrite. Le message donne l'erreur du système d'exploitation ; aucun fichier partiel n'est laissé.

    Exemple erroné :

        wirc build f.wir -o /no/such/dir/f.wasm

    Correction : vérifiez que le répertoire de sortie existe et qu'il est accessible en écriture, et que le disque n'est pas plein.

e0420-explain =
    wasmtime ne peut pas charger le module passé à `wirc run`.
    wirc valide ce qu'il émet, donc ce module est un fichier `.wasm` construit par un autre outil, ou endommagé.

    Exemple erroné :

        wirc run broken.wasm --invoke main

    Correction : validez le module avec `wasm-tools validate`, ou recompilez-le depuis son `.wir` avec `wirc`.

e0421-explain =
    `wirc run --invoke` ne désigne aucune fonction exportée du module.
    Seules les fonctions exportées peuvent être appelées de l'extérieur (wasmir-spec/03-module-and-types.md §3.3) ; l'indication liste les fonctions exportées.

    Exemple erroné :

        wirc run fib.wir --invoke fibonacci

    Correction : invoquez un nom exporté (`--invoke fib`), ou ajoutez `export "fibonacci" fn @fib` au module.

e0422-explain =
    `wirc run` a reçu un nombre incorrect d'arguments pour la fonction invoquée.
    Chaque paramètre de la fonction prend un argument sur la ligne de commande, après les options.

    Exemple erroné (`@fib` prend un `i64`) :

        wirc run fib.wir --invoke fib 10 20

    Correction : passez un argument par paramètre : `wirc run fib.wir --invoke fib 10`.

e0423-explain =
    Le module importe des fonctions, et `wirc run` ne fournit aucune fonction hôte.
    L'instanciation d'un module exige chacun de ses imports (wasmir-spec/12-memory-and-module-entities.md §12.7) ; `wirc run` n'en fournit aucun, sauf l'import du message de panique de mir-export.

    Exemple erroné (`wirc run m.wir --invoke log 1`) :

        wasmir 0.2
        import "env" "log" fn @log(i32)
        export "log" fn @log

    Correction : exécutez le module dans un hôte qui fournit les imports, ou supprimez l'import (un module fait pour `wirc run` calcule et renvoie un résultat).

e0424-explain =
    La fonction invoquée a déclenché un piège (trap).
    Un piège est la forme wasm d'une panique Rust ou d'une opération indéfinie : `trap`, division par zéro, dépassement dans une opération arithmétique vérifiée, accès hors limites, ... (wasmir-spec/01-overview.md §1.3). Le message indique la sorte de piège, et la position quand le module en contient.

    Exemple erroné (`wirc run f.wir --invoke f 0`) :

        wasmir 0.2
        export "f" fn @f
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %one = i32.const 1
            %q = i32.div_u %one, %x
            return %q
    {"    }"}

    Correction : passez des arguments pour lesquels la fonction ne déclenche pas de piège, ou protégez l'opération (comparez avec zéro et branchez).

e0425-explain =
    Un argument de `wirc run` ne s'analyse pas comme une valeur du type de son paramètre.
    Les entiers acceptent l'intervalle signé ou non signé de leur largeur ; les flottants acceptent les décimaux, `inf` et `nan`.

    Exemple erroné (`@fib` prend un `i64`) :

        wirc run fib.wir --invoke fib ten

    Correction : écrivez un nombre du type du paramètre : `wirc run fib.wir --invoke fib 10`.

e0426-explain =
    `wirc run --backend interp` ou `--backend native` a reçu un binaire wasm.
    L'interpréteur de référence et le backend natif (Cranelift) exécutent du WasmIR, pas du wasm.

    Exemple erroné :

        wirc run fib.wasm --backend interp --invoke fib 10

    Correction : passez le fichier `.wir` à l'interpréteur, ou exécutez le fichier `.wasm` avec `--backend wasmtime` (la valeur par défaut).

e0427-explain =
    `--passes` ou `--print-after` désigne une passe qui n'est pas enregistrée.
    `wirc passes` liste les passes et le pipeline par défaut (wasmir-spec/11-optimizations.md §11.2).

    Exemple erroné :

        wirc build f.wir --passes=const-fold,inline

    Correction : utilisez des noms enregistrés, par exemple `--passes=const-fold,dce`.

e0428-explain =
    `wirc explain` a reçu un code qui n'a pas d'explication.
    Les codes s'écrivent `E` suivi de quatre chiffres (`E0203`, `e0203` ou `0203` sont acceptés), et chaque étape a sa propre plage : E00xx/E01xx texte, E02xx vérificateur, E03xx émetteur, E04xx wirc, E05xx mir-export.

    Exemple erroné :

        wirc explain E9999

    Correction : copiez le code depuis un diagnostic, comme dans `error[E0203]`, et lancez `wirc explain E0203`.

e0429-explain =
    Erreur interne du compilateur : le backend natif (`wirc run --backend native`, Cranelift dans le processus) n'a pas pu compiler le module.
    Tout module que le vérificateur accepte devrait compiler ; c'est un bogue du backend, et le message dit ce que Cranelift a signalé.

    Correction : signalez le bogue avec le fichier `.wir` ; en attendant, exécutez le module avec `--backend wasmtime` (par défaut) ou `--backend interp`.

e0498-explain =
    Erreur interne du compilateur : le module émis n'est pas valide.
    Tout module que renvoie l'émetteur est du wasm valide (wasmir-spec/07-lowering.md) ; wirc le valide malgré tout, et signale ce code au lieu d'écrire un fichier invalide.

    Exemple erroné : toute entrée qui le provoque révèle un bogue de wirc, pas de l'entrée.

    Correction : merci de le signaler avec le fichier .wir ; en attendant, `-O0` peut éviter le problème quand une optimisation est en cause.

e0499-explain =
    Erreur interne du compilateur : une passe d'optimisation a cassé une IR valide.
    Chaque passe transforme une IR valide en IR valide (wasmir-spec/11-optimizations.md §11.1) ; wirc vérifie l'IR après chaque passe et signale ce code, avec la passe et la première erreur du vérificateur, au lieu d'émettre du code faux.

    Exemple erroné : toute entrée qui le provoque révèle un bogue de la passe indiquée, pas de l'entrée.

    Correction : merci de le signaler avec le fichier .wir ; en attendant, `-O0`, ou `--passes` sans la passe indiquée, l'évite.

e0500-explain =
    Le pilote de mir-export n'a pas pu s'exécuter : ligne de commande incorrecte, mode de panique inconnu, échec de la compilation par rustc, échec de la construction du sysroot MIR, ou sortie impossible à écrire (crates/mir-export/README.md).

    Exemple erroné :

        mir-export src/lib.rs --panic=unwind

    Correction : suivez le message ; ici, utilisez `--panic=trap` (la valeur par défaut) ou `--panic=message`. Quand c'est rustc lui-même qui a échoué, corrigez les erreurs qu'il a affichées plus haut.

e0501-explain =
    Une rvalue MIR hors du sous-ensemble que traduit mir-export : variables locales au thread (`ThreadLocalRef`), `Reborrow`, ou un `Aggregate` de coroutine avec des champs (wasmir-spec/10-from-rust.md §10.5).

    Exemple erroné :

        thread_local!(static N: core::cell::Cell<u32> = const {"{"} core::cell::Cell::new(0) {"}"});
        #[no_mangle]
        pub extern "C" fn bump() -> u32 {"{"} N.with(|n| {"{"} n.set(n.get() + 1); n.get() {"}"}) {"}"}

    Correction : utilisez un `static` (un atomique, ou un `static mut` derrière une enveloppe sûre) au lieu d'une variable locale au thread : wasm32 sans threads n'a qu'un seul thread.

e0502-explain =
    Une instruction MIR que mir-export ne traduit pas (wasmir-spec/10-from-rust.md §10.5). Aucune sorte d'instruction n'est refusée aujourd'hui ; ce code n'apparaît que pour un `CopyNonOverlapping` dont le type pointé n'a pas de disposition mémoire (layout) que mir-export sache copier.

    Exemple erroné :

        unsafe {"{"} core::ptr::copy_nonoverlapping(src, dst, n) {"}"}   // with an unusual pointee type

    Correction : copiez via un pointeur d'octets (`*const u8`) avec la taille en octets, et signalez la construction si elle devrait être prise en charge.

e0503-explain =
    Un terminator MIR que mir-export ne traduit pas : `Resume` (déroulement de pile) ou `InlineAsm` (wasmir-spec/10-from-rust.md §10.5).
    Les paniques interrompent le programme : le pilote ajoute `-C panic=abort`, donc `Resume` n'apparaît que si une option demande le déroulement.

    Exemple erroné :

        #[no_mangle]
        pub extern "C" fn f() {"{"} unsafe {"{"} core::arch::asm!("nop") {"}"} {"}"}

    Correction : supprimez l'assembleur en ligne, et ne passez pas `-C panic=unwind`.

e0504-explain =
    Un type hors du sous-ensemble : `f16`, `f128`, vecteurs SIMD, variable locale non dimensionnée (unsized), type de plus de 4 Gio ou imbriqué sur plus de 24 niveaux (wasmir-spec/10-from-rust.md §10.2, §10.5).
    WasmIR n'a pas encore de type pour eux, ni de traduction SIMD.

    Exemple erroné :

        #[no_mangle]
        pub extern "C" fn half(x: f32) -> f32 {"{"} (x as f16 / 2.0) as f32 {"}"}

    Correction : calculez en `f32` ou en `f64` ; utilisez des tableaux ordinaires au lieu de vecteurs SIMD.

e0505-explain =
    Une projection de place que mir-export ne traduit pas : `Index`, `ConstantIndex` ou `Subslice` sur une valeur gardée en SSA, ou un `Deref` de quelque chose qui n'est pas un pointeur (wasmir-spec/10-from-rust.md §10.3, §10.5).
    Le MIR de rustc n'en produit pas aujourd'hui (les tableaux résident en mémoire), donc ce code signale un MIR inhabituel ou un bogue.

    Exemple erroné : un MIR produit par un rustc plus récent, qui projette dans une valeur SSA.

    Correction : merci de le signaler avec le source Rust ; réécrire l'expression (indexer via une référence, comme dans `(&arr)[i]`) peut l'éviter.

e0506-explain =
    Une constante que mir-export ne traduit pas : une constante de sorte `Ty`, `Unevaluated` ou `Param`, un `ZeroSized` de taille non nulle, ou un static dont l'évaluation de l'initialiseur échoue (wasmir-spec/10-from-rust.md §10.5).

    Exemple erroné : une constante générique encore non évaluée après la monomorphisation :

        fn f<const N: usize>() -> usize {"{"} N {"}"}

    Correction : rendez la constante concrète là où elle est utilisée (un élément `const` ou un littéral), ou signalez la construction avec son source Rust.

e0507-explain =
    Un intrinsèque que mir-export ne traduit ni nativement ni via un corps de repli dans core : intrinsèques flottants façon libm (`fmaf64`, `powif64`, `sinf64`, ...), ou `size_of_val` de types non dimensionnés autres que les slices, `str` et `dyn` (wasmir-spec/10-from-rust.md §10.5).

    Exemple erroné :

        #[no_mangle]
        pub extern "C" fn f(x: f64) -> f64 {"{"} x.sin() {"}"}

    Correction : utilisez une implémentation en Rust pur (par exemple la crate `libm`), qui se compile via WasmIR comme le reste du programme.

e0508-explain =
    Un appelé que mir-export ne peut pas appeler : une fonction sans corps MIR (ni étrangère, ni shim avec un corps), un appel via une valeur qui n'est ni un élément de fonction ni un pointeur de fonction, ou un appel virtuel dont le receveur n'est pas un pointeur large (fat pointer) (wasmir-spec/10-from-rust.md §10.1, §10.5).

    Exemple erroné : l'appel d'une fonction d'une dépendance compilée sans MIR (une rlib construite hors de mir-export).

    Correction : construisez les dépendances via mir-export (`mir-export cargo build`, dont le sysroot MIR contient tous les corps), ou déclarez la fonction comme import (`extern "C"`).

e0509-explain =
    Une conversion (cast) que mir-export ne traduit pas : upcasting de trait (`dyn B` vers `dyn A`), autres unsizings, transmute entre types de tailles différentes, ou conversion de pointeur qui inventerait des métadonnées (wasmir-spec/10-from-rust.md §10.5).

    Exemple erroné :

        trait A {"{"}{"}"}
        trait B: A {"{"}{"}"}
        fn up(b: &dyn B) -> &dyn A {"{"} b {"}"}

    Correction : appelez directement via `dyn B`, ou ajoutez à `B` une méthode qui renvoie `&dyn A`.

e0510-explain =
    Un opérateur MIR que mir-export ne traduit pas : un opérateur binaire non arithmétique sur des flottants, ou un opérateur vérifié autre que `Add`, `Sub` et `Mul` (wasmir-spec/10-from-rust.md §10.4, §10.5).

    Exemple erroné : un MIR avec un décalage vérifié ou un opérateur bit à bit sur des flottants, que produisent certaines versions du compilateur ou certains intrinsèques.

    Correction : réécrivez l'opération avec des opérateurs pris en charge (par exemple les méthodes wrapping et une vérification explicite), et signalez la construction avec son source Rust.

e0511-explain =
    Une fonction exportée ou importée dont la signature n'est pas faite de scalaires.
    Les fonctions exportées et importées franchissent la frontière wasm, où seuls les nombres existent : chaque paramètre est un entier, un flottant, un `bool`, un `char` ou un pointeur fin (thin pointer), le résultat un scalaire ou `()` (wasmir-spec/10-from-rust.md §10.1, crates/mir-export/README.md).

    Exemple erroné :

        #[no_mangle]
        pub extern "C" fn sum(xs: &[u32]) -> u32 {"{"} xs.iter().sum() {"}"}

    Correction : passez une slice sous forme d'un pointeur et d'une longueur : `sum(ptr: *const u32, len: usize)`, et renvoyez les structures via un pointeur de sortie.

e0512-explain =
    La crate n'est pas compilée pour `wasm32`.
    Les pointeurs de WasmIR font 32 bits, et les dispositions mémoire (layouts) que lit mir-export viennent de la cible (wasmir-spec/10-from-rust.md §10.2) ; le pilote ajoute `--target=wasm32-unknown-unknown` sauf si la ligne de commande fixe une autre cible.

    Exemple erroné :

        mir-export src/lib.rs --target=x86_64-unknown-linux-gnu

    Correction : retirez l'option `--target`, ou passez `--target=wasm32-unknown-unknown`.

e0513-explain =
    Erreur interne : un invariant de mir-export n'est pas respecté, ou le module qu'il a construit ne passe pas la vérification (le message indique le code du vérificateur). Elle est signalée au lieu d'une panique, et rien n'est écrit.

    Exemple erroné : toute entrée Rust qui la provoque révèle un bogue de mir-export, pas de l'entrée.

    Correction : merci de la signaler avec le source Rust et le message ; en attendant, réécrire la construction que désigne le diagnostic peut l'éviter.

e0514-explain =
    Une valeur d'un type `#[wasm::linear]` est placée là où le vérificateur WasmIR ne peut pas suivre son obligation : en mémoire (une variable locale dont on prend l'adresse, une valeur trop grande pour des registres), ou dans une énumération, une union, une fermeture ou un tableau. Les valeurs linéaires doivent vivre dans des valeurs SSA (wasmir-spec/13-ownership.md §13.6 ; décision O11).

    Exemple erroné : `let h = Handle::new(1); let r = &h;` (la référence met `h` en mémoire), ou `let o: Option<Handle> = Some(h);`.

    Correction : gardez les valeurs linéaires dans des variables locales et des structures passées par valeur, passez la valeur elle-même plutôt qu'une référence, et décomposez une énumération qui en contient une avant que la valeur ne passe en WasmIR.

