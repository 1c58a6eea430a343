/// Frequent Chinese, Korean and Vietnamese family names, written first ("Xi Jinping", "Kim Jong Un"):
/// in such a name the family name is the first word, so "Xi" alone means "Xi Jinping". Written for
/// brief from general knowledge of the most common family names.
enum FamilyNames {
    /// Lower-case family names that come first in a full name.
    static let first = WordList.set("""
    xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang \
    xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu \
    ding ren shen yao jin kim park choi jung kang cho yoon jang lim moon hwang nguyen tran pham hoang \
    vo dang bui ngo duong mao wen
    """)
}
