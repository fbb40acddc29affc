// Dumps a Morfologik dictionary (LanguageTool's german.dict) as "form<TAB>lemma<TAB>tag" lines.
// Built and run by lexicon_lemmas.py fetch; needs morfologik-stemming and -fsa on the classpath.
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Paths;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

public class LexiconDump {
  public static void main(String[] args) throws Exception {
    Dictionary dict = Dictionary.read(Paths.get(args[0]));
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, "UTF-8")));
    for (WordData w : new DictionaryLookup(dict)) {
      out.println(w.getWord() + "\t" + w.getStem() + "\t" + w.getTag());
    }
    out.flush();
  }
}
